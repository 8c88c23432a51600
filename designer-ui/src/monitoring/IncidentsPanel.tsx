import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import { retryIncident, type InstanceDetail } from './api';

/** Open incidents of an instance; Retry asks the engine to run the failed step again. */
interface Props {
  instance: InstanceDetail;
  names: Map<string, string>;
  canRetry: boolean;
  onRetried: () => Promise<void>;
}

export function IncidentsPanel({ instance, names, canRetry, onRetried }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const incidents = instance.incidents ?? [];
  if (!incidents.length) return null;
  const retry = async (id: string) => {
    setBusy(id);
    try {
      await retryIncident(instance.workflowId, id);
      setError(null);
      await onRetried();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Stack gap="xs" data-testid="incidents">
      {incidents.map((i) => (
        <Alert key={i.id} color="red" title={t('monitoring.instance.incidentAt', { node: names.get(i.nodeId) ?? i.nodeId })} data-testid="incident">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{i.message}</Text>
            {canRetry && (
              <Button size="xs" color="red" variant="white" loading={busy === i.id} onClick={() => void retry(i.id)} data-testid="incident-retry">
                {t('monitoring.instance.retry')}
              </Button>
            )}
          </Group>
        </Alert>
      ))}
      {error !== null && (
        <Alert color="red" role="alert">
          {describeError(t, error)}
        </Alert>
      )}
    </Stack>
  );
}
