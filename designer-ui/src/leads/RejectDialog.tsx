import { Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../forms/FormFooter';
import { useServerErrors } from '../forms/useServerErrors';
import { useSubmit } from '../forms/useSubmit';
import { leadName, leadsApi, type Lead } from './api';

const FIELDS = ['reason'] as const;

/** Closing a lead that is not a sale (spam, no budget...), with the reason kept on the lead. */
export function RejectDialog({ lead, onClose, onRejected }: { lead: Lead; onClose: () => void; onRejected: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const errors = useServerErrors(FIELDS);

  const { busy, submit } = useSubmit(() => leadsApi.reject(lead, reason.trim()), onRejected, errors.setError);

  return (
    <Modal opened onClose={onClose} title={t('leads.reject.title', { name: leadName(lead) })}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="reject-form">
        <Stack gap="sm">
          <TextInput label={t('leads.reject.reason')} value={reason} onChange={(e) => (setReason(e.currentTarget.value), errors.clearField('reason'))} error={errors.byField.reason} required data-autofocus data-testid="reject-reason" />
          <FormFooter error={errors.formError} cancelLabel={t('leads.cancel')} onCancel={onClose} submitLabel={t('leads.reject.submit')} submitColor="red" busy={busy} submitTestId="reject-submit" />
        </Stack>
      </form>
    </Modal>
  );
}
