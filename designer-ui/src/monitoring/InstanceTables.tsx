import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../i18n/format';
import type { InstanceDetail } from './api';
import { instanceLink } from './InstanceListPage';
import { nodeNames } from './nodeNames';
import { StateBadge } from './StateBadge';

/** Open tasks, the instances its call activities started, and the step log. */
export function InstanceTables({ instance, xml }: { instance: InstanceDetail; xml: string | null }) {
  const { t, i18n } = useTranslation();
  const names = useMemo(() => nodeNames(xml), [xml]);
  const when = (iso: string) => formatDate(iso, i18n.language, { dateStyle: 'short', timeStyle: 'medium' });
  return (
    <Stack>
      <div>
        <Title order={2} size="h5" mb="xs">
          {t('monitoring.instance.openTasks')}
        </Title>
        {instance.openTasks.length === 0 ? (
          <Text c="dimmed">{t('monitoring.instance.noTasks')}</Text>
        ) : (
          <Table data-testid="open-tasks">
            <Table.Tbody>
              {instance.openTasks.map((task) => (
                <Table.Tr key={task.id} data-testid="open-task">
                  <Table.Td fw={500}>{task.name}</Table.Td>
                  <Table.Td>{task.assigneeId ? (task.assigneeName ?? t('monitoring.instance.assignee', { id: task.assigneeId })) : task.candidateGroups.map((code) => t(`roleNames.${code}`, { defaultValue: code })).join(', ')}</Table.Td>
                  <Table.Td>{task.dueAt ? t('monitoring.instance.due', { when: when(task.dueAt) }) : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </div>
      {instance.children.length > 0 && (
        <div>
          <Title order={2} size="h5" mb="xs">
            {t('monitoring.instance.children')}
          </Title>
          <Table data-testid="children">
            <Table.Tbody>
              {instance.children.map((c) => (
                <Table.Tr key={c.workflowId}>
                  <Table.Td>
                    <Anchor component={Link} to={instanceLink(c.workflowId)} data-testid="child-link">
                      {c.definitionKey} v{c.versionNumber}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <StateBadge state={c.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      <div>
        <Title order={2} size="h5" mb="xs">
          {t('monitoring.instance.history')}
        </Title>
        <Table.ScrollContainer minWidth={300} maxHeight={320} type="native">
          <Table striped data-testid="history">
            <Table.Tbody>
              {instance.history.map((e, i) => (
                <Table.Tr key={i}>
                  <Table.Td>
                    <Text size="xs">{when(e.occurredAt)}</Text>
                  </Table.Td>
                  <Table.Td>{t(`monitoring.event.${e.type}`, { defaultValue: e.type })}</Table.Td>
                  <Table.Td>{e.nodeId ? (names.get(e.nodeId) ?? e.nodeId) : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </div>
    </Stack>
  );
}
