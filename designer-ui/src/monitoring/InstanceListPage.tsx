import { Alert, Anchor, Button, Group, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../api/describeError';
import type { User } from '../api/types';
import { formatDate } from '../i18n/format';
import { instanceQuery, type InstanceFilter } from './api';
import { ExportXlsxButton } from '../export/ExportXlsxButton';
import { processName } from '../processes/processName';
import { InstanceFilters } from './InstanceFilters';
import { MonitoringTabs } from './MonitoringTabs';
import { RecordLink } from './RecordLink';
import { StateBadge } from './StateBadge';
import { useDefinitions } from './useDefinitions';
import { useInstanceList } from './useInstanceList';

export const instanceLink = (workflowId: string) => `/monitoring/instances/${encodeURIComponent(workflowId)}`;

/** Running and finished process instances, filtered, newest first. */
export function InstanceListPage({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<InstanceFilter>({ state: [] });
  const [debounced] = useDebouncedValue(filter, 300);
  // A half-typed business record (no "type:" yet) is not sent; the field shows the hint instead.
  const sent = useMemo(() => (debounced.record && !/^[a-z_]+:.+$/.test(debounced.record) ? { ...debounced, record: undefined } : debounced), [debounced]);
  const list = useInstanceList(sent);
  const definitions = useDefinitions();
  const nameOf = (key: string) => processName(t, key, definitions.find((d) => d.key === key)?.name);
  const when = (iso: string) => formatDate(iso, i18n.language, { dateStyle: 'short', timeStyle: 'short' });

  return (
    <div data-testid="instances-page">
      <MonitoringTabs user={user} />
      <Title order={1} size="h3" mb="md">
        {t('monitoring.instances.title')}
      </Title>
      <Group justify="space-between" align="flex-end">
        <InstanceFilters filter={filter} onChange={setFilter} />
        <ExportXlsxButton path={`/process-instances?${instanceQuery(sent)}`} testId="instances-export" />
      </Group>
      {list.error !== null && (
        <Alert color="red" mb="md" role="alert">
          {describeError(t, list.error)}
        </Alert>
      )}
      <Table striped highlightOnHover data-testid="instances-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('monitoring.instances.process')}</Table.Th>
            <Table.Th miw={130}>{t('monitoring.instances.state')}</Table.Th>
            <Table.Th>{t('monitoring.instances.currentNodes')}</Table.Th>
            <Table.Th>{t('monitoring.instances.record')}</Table.Th>
            <Table.Th>{t('monitoring.instances.startedAt')}</Table.Th>
            <Table.Th>{t('monitoring.instances.endedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.items.map((i) => (
            <Table.Tr key={i.workflowId} data-testid="instance-row" data-id={i.workflowId}>
              <Table.Td>
                <Anchor component={Link} to={instanceLink(i.workflowId)} fw={500}>
                  {t('monitoring.instances.processVersion', { name: nameOf(i.definitionKey), version: i.versionNumber })}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {i.workflowId}
                </Text>
              </Table.Td>
              <Table.Td>
                <StateBadge state={i.status} />
              </Table.Td>
              <Table.Td>{i.stage ? `${i.stage} · ${i.currentStepNames.join(', ')}` : i.currentStepNames.join(', ')}</Table.Td>
              <Table.Td>{i.record ? <RecordLink record={i.record} name={i.recordName} /> : '—'}</Table.Td>
              <Table.Td>{when(i.startedAt)}</Table.Td>
              <Table.Td>{i.endedAt ? when(i.endedAt) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!list.loading && list.items.length === 0 && (
        <Text c="dimmed" ta="center" my="lg" data-testid="instances-empty">
          {t('monitoring.instances.empty')}
        </Text>
      )}
      <Group justify="center" mt="md">
        {list.hasMore && (
          <Button variant="default" onClick={() => void list.loadMore()} loading={list.loading} data-testid="instances-more">
            {t('monitoring.instances.more')}
          </Button>
        )}
      </Group>
    </div>
  );
}
