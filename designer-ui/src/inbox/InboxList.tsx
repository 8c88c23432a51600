import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../i18n/format';
import { taskUrl, type InboxItem } from './api';

const kindColor = { task: 'blue', contact: 'teal', reminder: 'grape' } as const;

/** Where an item opens: a task in the task view, a contact or reminder on its client's card. */
function itemHref(item: InboxItem): string | null {
  if (item.kind === 'task') return taskUrl(item.id);
  return item.client ? `/clients/${item.client.id}` : null;
}

/** The work queue as a table: what, when it is due, how urgent, and what it is about. */
export function InboxList({ items, onOpen }: { items: InboxItem[]; onOpen?: (item: InboxItem) => void }) {
  const { t, i18n } = useTranslation();
  const due = (item: InboxItem) =>
    item.due ? formatDate(item.due, i18n.language, { dateStyle: 'medium', timeStyle: 'short' }) : t('inbox.noDue');
  return (
    <Table highlightOnHover verticalSpacing="sm" data-testid="inbox-list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('inbox.columns.what')}</Table.Th>
          <Table.Th>{t('inbox.columns.due')}</Table.Th>
          <Table.Th>{t('inbox.columns.priority')}</Table.Th>
          <Table.Th>{t('inbox.columns.about')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => {
          const href = itemHref(item);
          return (
            <Table.Tr key={`${item.kind}-${item.id}`} data-testid={`inbox-item-${item.kind}`} data-item-id={item.id}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Badge variant="light" color={kindColor[item.kind]} w={96}>
                    {t(`inbox.kind.${item.kind}`)}
                  </Badge>
                  <Stack gap={0}>
                    {onOpen && item.kind !== 'task' ? (
                      // Contacts and reminders are worked in a drawer over the list (see interactions/InboxItemDrawer).
                      <Anchor component="button" type="button" ta="left" onClick={() => onOpen(item)} fw={500} data-testid="inbox-open">
                        {item.title}
                      </Anchor>
                    ) : href ? (
                      <Anchor component={Link} to={href} fw={500}>
                        {item.title}
                      </Anchor>
                    ) : (
                      <Text fw={500}>{item.title}</Text>
                    )}
                    {item.kind !== 'reminder' && (
                      <Text size="xs" c="dimmed">
                        {t(`inbox.detail.${item.detail}`, { defaultValue: item.detail })}
                      </Text>
                    )}
                  </Stack>
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={item.overdue ? 'red.7' : undefined} fw={item.overdue ? 600 : undefined}>
                  {due(item)}
                </Text>
                {item.overdue && (
                  <Badge color="red" size="xs" variant="filled">
                    {t('inbox.overdue')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <PriorityBadge priority={item.priority} />
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {item.client && (
                    <Anchor component={Link} to={`/clients/${item.client.id}`} size="sm">
                      {item.client.name}
                    </Anchor>
                  )}
                  {item.deal && (
                    <Anchor component={Link} to={`/deals/${item.deal.id}`} size="sm">
                      {item.deal.name}
                    </Anchor>
                  )}
                  {item.process && (
                    <Text size="xs" c="dimmed">
                      {item.process.name}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

export function PriorityBadge({ priority }: { priority: number }) {
  const { t } = useTranslation();
  const level = priority >= 75 ? 'high' : priority <= 25 ? 'low' : 'normal';
  const color = { high: 'red', normal: 'gray', low: 'blue' }[level];
  return (
    <Badge variant="outline" color={color} size="sm">
      {t(`inbox.priority.${level}`)}
    </Badge>
  );
}
