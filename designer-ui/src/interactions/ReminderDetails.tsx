import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../api/describeError';
import { formatDate } from '../i18n/format';
import { remindersApi } from './api';
import { toInstant, toLocalInput } from './localTime';
import { DateField } from '../dates/DateField';

interface Props {
  reminder: { id: number; text: string; at: string; clientId: number | null };
  onChanged: () => void;
}

/** A reminder from the inbox: dismiss it once dealt with, or move it to later. */
export function ReminderDetails({ reminder, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const [at, setAt] = useState(toLocalInput(new Date(reminder.at)));
  const [error, setError] = useState<unknown>(null);
  const act = (run: () => Promise<unknown>) => () => {
    setError(null);
    run().then(onChanged, setError);
  };
  return (
    <Stack gap="sm" data-testid="reminder-details">
      <Text fw={600}>{reminder.text}</Text>
      <Text size="sm" c="dimmed">
        {formatDate(reminder.at, i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}
      </Text>
      {reminder.clientId && (
        <Anchor component={Link} to={`/clients/${reminder.clientId}`} size="sm">
          {t('interactions.openClient')}
        </Anchor>
      )}
      <Group align="flex-end" gap="xs">
        <DateField withTime label={t('interactions.reminder.moveTo')} value={at} onChange={(value) => setAt(value)} data-testid="reminder-move-at" />
        <Button variant="default" onClick={act(() => remindersApi.move(reminder.id, toInstant(at)))} data-testid="reminder-move">
          {t('interactions.reminder.move')}
        </Button>
      </Group>
      <Group>
        <Button onClick={act(() => remindersApi.cancel(reminder.id))} data-testid="reminder-dismiss">
          {t('interactions.reminder.dismiss')}
        </Button>
      </Group>
      {error !== null && <Alert color="red">{describeError(t, error)}</Alert>}
    </Stack>
  );
}
