import { Alert, Badge, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import type { ComponentHealth } from '../api/types';
import { formatTime } from '../i18n/format';
import { useHealth } from './useHealth';

/** Database and Temporal status with versions, refreshed every 10 seconds. */
export function SystemStatusCard() {
  const { t, i18n } = useTranslation();
  const { health, error, checkedAt } = useHealth();

  return (
    <Card withBorder radius="md" padding="lg" data-testid="health-card">
      <Group justify="space-between" mb="md" gap="xs">
        <Title order={3} size="h4">
          {t('status.title')}
        </Title>
        {health && (
          <Badge color={health.status === 'ok' ? 'green' : 'orange'} variant="light" data-testid="health-overall">
            {t(`status.${health.status}`)}
          </Badge>
        )}
      </Group>
      {!health && !error && (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">{t('status.loading')}</Text>
        </Group>
      )}
      {error !== null && (
        <Alert color="red" title={t('status.unavailable')} mb="md" data-testid="health-error">
          {describeError(t, error)}
        </Alert>
      )}
      {health && (
        <Stack gap="sm">
          <ServiceRow name={t('status.database')} health={health.database} testId="health-database" />
          <ServiceRow
            name={t('status.temporal')}
            health={health.temporal}
            where={t('status.where', { address: health.temporal.address, namespace: health.temporal.namespace })}
            testId="health-temporal"
          />
          <Text size="xs" c="dimmed">
            {t('status.appVersion', { version: health.version })}
          </Text>
        </Stack>
      )}
      {checkedAt && (
        <Text size="xs" c="dimmed" mt="xs" data-testid="health-checked-at">
          {t('status.checkedAt', { time: formatTime(checkedAt, i18n.language) })}
        </Text>
      )}
    </Card>
  );
}

function ServiceRow({ name, health, where, testId }: { name: string; health: ComponentHealth; where?: string; testId: string }) {
  const { t } = useTranslation();
  const up = health.status === 'up';
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" data-testid={testId} data-status={health.status}>
      <div>
        <Text fw={500}>{name}</Text>
        <Text size="sm" c="dimmed">
          {health.version ? t('status.version', { version: health.version }) : t('status.versionUnknown')}
        </Text>
        {where && (
          <Text size="xs" c="dimmed">
            {where}
          </Text>
        )}
        {health.error && (
          <Text size="xs" c="red">
            {health.error}
          </Text>
        )}
      </div>
      <Badge color={up ? 'green' : 'red'} variant="filled" style={{ flexShrink: 0 }}>
        {t(up ? 'status.up' : 'status.down')}
      </Badge>
    </Group>
  );
}
