import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../forms/useServerErrors';
import { leadName, leadsApi, type Lead } from './api';

const FIELDS = ['reason'] as const;

/** Closing a lead that is not a sale (spam, no budget...), with the reason kept on the lead. */
export function RejectDialog({ lead, onClose, onRejected }: { lead: Lead; onClose: () => void; onRejected: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useServerErrors(FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    errors.setError(null);
    try {
      await leadsApi.reject(lead, reason.trim());
      onRejected();
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('leads.reject.title', { name: leadName(lead) })}>
      <form onSubmit={submit} noValidate data-testid="reject-form">
        <Stack gap="sm">
          <TextInput label={t('leads.reject.reason')} value={reason} onChange={(e) => (setReason(e.currentTarget.value), errors.clearField('reason'))} error={errors.byField.reason} required data-autofocus data-testid="reject-reason" />
          {errors.formError && (
            <Alert color="red" role="alert">
              {errors.formError}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('leads.cancel')}
            </Button>
            <Button type="submit" color="red" loading={busy} data-testid="reject-submit">
              {t('leads.reject.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
