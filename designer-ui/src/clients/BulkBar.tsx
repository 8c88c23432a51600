import { Alert, Button, Group, Paper, Select, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import { UserPicker } from '../users/UserPicker';
import { clientsApi } from './clientsApi';
import { statuses, type BulkAction, type Status } from './types';

interface Props {
  ids: number[];
  userId: number;
  onDone: () => void;
}

/** One action on every selected client, all or nothing (the server refuses the whole batch otherwise). */
export function BulkBar({ ids, userId, onDone }: Props) {
  const { t } = useTranslation();
  const [responsibleId, setResponsibleId] = useState<number | undefined>(userId);
  const [tag, setTag] = useState('');
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<number | null>(null);

  async function run(action: BulkAction) {
    setBusy(true);
    setError(null);
    try {
      const { updated } = await clientsApi.bulk(ids, action);
      setDone(updated);
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="sm" mb="md" data-testid="bulk-bar">
      <Text fw={600} mb="xs">
        {t('clients.bulk.selected', { count: ids.length })}
      </Text>
      <Group align="flex-end" gap="sm">
        <UserPicker label={t('clients.bulk.responsible')} value={responsibleId} onChange={setResponsibleId} w={200} data-testid="bulk-responsible" />
        <Button variant="light" loading={busy} onClick={() => responsibleId && void run({ type: 'assign', responsibleId })} disabled={!responsibleId} data-testid="bulk-assign">
          {t('clients.bulk.assign')}
        </Button>
        <TextInput label={t('clients.bulk.tag')} value={tag} onChange={(e) => setTag(e.currentTarget.value)} w={150} data-testid="bulk-tag" />
        <Button variant="light" loading={busy} onClick={() => void run({ type: 'addTag', tag: tag.trim() })} disabled={!tag.trim()} data-testid="bulk-add-tag">
          {t('clients.bulk.addTag')}
        </Button>
        <Select
          label={t('clients.field.status')}
          data={statuses.map((s) => ({ value: s, label: t(`clients.status.${s}`) }))}
          value={status}
          onChange={(v) => setStatus(v as Status | null)}
          w={150}
          data-testid="bulk-status"
        />
        <Button variant="light" loading={busy} onClick={() => status && void run({ type: 'setStatus', status })} disabled={!status} data-testid="bulk-set-status">
          {t('clients.bulk.setStatus')}
        </Button>
      </Group>
      {error !== null && (
        <Alert color="red" mt="sm" role="alert">
          {describeError(t, error)}
        </Alert>
      )}
      {done !== null && error === null && (
        <Text c="teal" size="sm" mt="xs" role="status">
          {t('clients.bulk.done', { count: done })}
        </Text>
      )}
    </Paper>
  );
}
