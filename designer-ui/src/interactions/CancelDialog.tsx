import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import { interactionsApi, type Interaction } from './api';

/** Cancels a planned contact, with an optional reason kept as its result; its reminder stops. */
export function CancelDialog({ interaction, onClose, onDone }: { interaction: Interaction; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await interactionsApi.cancel(interaction.id, reason.trim() || undefined);
      onDone();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('interactions.cancelContact.title')}>
      <form onSubmit={submit} data-testid="cancel-form">
        <Stack gap="sm">
          <Text size="sm">
            {t(`interactions.kind.${interaction.kind}`)}: {interaction.subject}
          </Text>
          <TextInput label={t('interactions.cancelContact.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
          {error !== null && <Alert color="red" role="alert">{describeError(t, error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('interactions.close')}
            </Button>
            <Button type="submit" color="red" loading={busy} data-testid="cancel-confirm">
              {t('interactions.cancelContact.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
