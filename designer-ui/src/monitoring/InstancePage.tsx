import { Alert, Anchor, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { describeError } from '../api/describeError';
import type { User } from '../api/types';
import { formatDate } from '../i18n/format';
import type { InstanceDetail } from './api';
import { CancelInstance } from './CancelInstance';
import { IncidentsPanel } from './IncidentsPanel';
import { InstanceDiagram } from './InstanceDiagram';
import { instanceLink } from './InstanceListPage';
import { InstanceTables } from './InstanceTables';
import { MonitoringTabs } from './MonitoringTabs';
import { nodeNames } from './nodeNames';
import { RecordLink } from './RecordLink';
import { hasRole, operatorRoles } from './roles';
import { StateBadge } from './StateBadge';
import { useInstance } from './useInstance';
import { VariablesTable } from './VariablesTable';

const running = (status: string) => status === 'active' || status === 'incident';
/** After a retry: the incident is gone and the tokens have left where they failed (or the instance ended). */
const movedOn = (before: InstanceDetail) => (fresh: InstanceDetail) =>
  !running(fresh.status) || (!(fresh.incidents ?? []).length && fresh.currentNodes.join() !== before.currentNodes.join());

/** One instance: where its tokens are on the diagram, how it got there, its data, tasks and incidents. */
export function InstancePage({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const { workflowId = '' } = useParams();
  const { instance, xml, error, reloadUntil } = useInstance(workflowId);
  const operator = hasRole(user, operatorRoles);
  const names = useMemo(() => nodeNames(xml), [xml]);
  const when = (iso: string) => formatDate(iso, i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  if (error !== null && !instance) {
    return (
      <Alert color="red" role="alert" data-testid="instance-error">
        {describeError(t, error)}
      </Alert>
    );
  }
  if (!instance) return <Loader />;
  return (
    <Stack data-testid="instance-page">
      <MonitoringTabs user={user} />
      <Group justify="space-between">
        <div>
          <Group gap="sm">
            <Title order={1} size="h3" data-testid="instance-title">
              {t('monitoring.instance.title', { name: names.get(instance.definitionKey) || instance.definitionKey, version: instance.versionNumber })}
            </Title>
            <StateBadge state={instance.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {t('monitoring.instance.processKey', { key: instance.definitionKey })} · {instance.workflowId} · {t('monitoring.instance.started', { when: when(instance.startedAt) })}
            {instance.endedAt && ` · ${t('monitoring.instance.ended', { when: when(instance.endedAt) })}`}
            {instance.stage && ` · ${t('monitoring.instance.stage', { stage: instance.stage })}`}
          </Text>
          {instance.record && <RecordLink record={instance.record} name={instance.recordName} />}
          {instance.parentWorkflowId && (
            <Anchor component={Link} to={instanceLink(instance.parentWorkflowId)} size="sm" data-testid="instance-parent">
              {t('monitoring.instance.parent')}
            </Anchor>
          )}
        </div>
        {operator && running(instance.status) && <CancelInstance workflowId={instance.workflowId} onCancelled={() => reloadUntil((fresh) => !running(fresh.status))} />}
      </Group>
      <IncidentsPanel instance={instance} names={names} canRetry={operator} onRetried={() => reloadUntil(movedOn(instance))} />
      {xml ? <InstanceDiagram xml={xml} instance={instance} /> : <Loader />}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <div>
          <Title order={2} size="h5" mb="xs">
            {t('monitoring.instance.variables')}
          </Title>
          <VariablesTable variables={instance.variables} />
        </div>
        <InstanceTables instance={instance} xml={xml} />
      </SimpleGrid>
    </Stack>
  );
}
