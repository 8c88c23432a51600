import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../api/client';
import { useServerErrors } from '../forms/useServerErrors';
import { remindersApi } from './api';
import { nextHour, toInstant, toLocalInput } from './localTime';
import { DateField } from '../dates/DateField';

const FIELDS = ['at', 'text'] as const;

/** A reminder for oneself at a time, about this client: it rings in the app and by e-mail, and waits in the inbox. */
export function ReminderForm({ counterpartyId, onClose, onSaved }: { counterpartyId: number | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [at, setAt] = useState(toLocalInput(nextHour()));
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useServerErrors(FIELDS);
  const idempotencyKey = useRef(newIdempotencyKey());

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    errors.setError(null);
    try {
      await remindersApi.create({ at: toInstant(at), text: text.trim(), counterpartyId }, idempotencyKey.current);
      onSaved();
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('interactions.reminder.title')}>
      <form onSubmit={submit} noValidate data-testid="reminder-form">
        <Stack gap="sm">
          <DateField withTime label={t('interactions.fields.when')} value={at} onChange={(value) => (setAt(value), errors.clearField('at'))} error={errors.byField.at} required data-testid="reminder-at" />
          <Textarea label={t('interactions.reminder.text')} value={text} onChange={(e) => (setText(e.currentTarget.value), errors.clearField('text'))} error={errors.byField.text} required autosize minRows={2} data-autofocus data-testid="reminder-text" />
          {errors.formError && <Alert color="red" role="alert">{errors.formError}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('interactions.close')}
            </Button>
            <Button type="submit" loading={busy} data-testid="reminder-save">
              {t('interactions.reminder.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
