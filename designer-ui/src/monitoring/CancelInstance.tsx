import { Alert, Button, Group, Modal, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import { cancelInstance } from './api';

/** Cancel with a reason (kept in the instance's history); the API decides who may. */
export function CancelInstance({ workflowId, onCancelled }: { workflowId: string; onCancelled: () => Promise<void> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await cancelInstance(workflowId, reason.trim());
      setOpen(false);
      await onCancelled();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button color="red" variant="light" onClick={() => setOpen(true)} data-testid="instance-cancel">
        {t('monitoring.instance.cancel')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('monitoring.instance.cancelTitle')}>
        <form onSubmit={(e) => void submit(e)}>
          <Textarea label={t('monitoring.instance.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} data-autofocus data-testid="cancel-reason" />
          {error !== null && (
            <Alert color="red" mt="sm" role="alert">
              {describeError(t, error)}
            </Alert>
          )}
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('monitoring.instance.keep')}
            </Button>
            <Button type="submit" color="red" loading={busy} disabled={!reason.trim()} data-testid="cancel-confirm">
              {t('monitoring.instance.cancelConfirm')}
            </Button>
          </Group>
        </form>
      </Modal>
    </>
  );
}
