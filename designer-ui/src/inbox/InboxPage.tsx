import { Alert, Badge, Center, Group, Loader, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { describeError } from '../api/describeError';
import type { User } from '../api/types';
import { InboxItemDrawer } from '../interactions/InboxItemDrawer';
import { ExportXlsxButton } from '../export/ExportXlsxButton';
import { exportPath } from '../export/exportPath';
import { inboxViews, type InboxFilters as Filters, type InboxItem, type InboxSort, type InboxView } from './api';
import { InboxFilters } from './InboxFilters';
import { InboxList } from './InboxList';
import { useInbox } from './useInbox';

/** The work queue: tabs per view with their counts, filters, and a live list. */
export function InboxPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const view = (inboxViews as readonly string[]).includes(params.get('view') ?? '') ? (params.get('view') as InboxView) : 'mine';
  const [sort, setSort] = useState<InboxSort>('due');
  const [filters, setFilters] = useState<Filters>({});
  const { items, counts, loading, error, reload } = useInbox(view, sort, filters);
  const [opened, setOpened] = useState<InboxItem | null>(null);

  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('inbox.title')}
        </Title>
        <ExportXlsxButton path={exportPath('/inbox', { view, sort, ...filters })} testId="inbox-export" />
      </Group>
      <Tabs value={view} onChange={(v) => setParams(v && v !== 'mine' ? { view: v } : {})} keepMounted={false}>
        <Tabs.List>
          {inboxViews.map((v) => (
            <Tabs.Tab
              key={v}
              value={v}
              data-testid={`inbox-tab-${v}`}
              rightSection={
                <Badge size="sm" circle={false} variant={v === view ? 'filled' : 'light'} color={v === 'overdue' && counts?.overdue ? 'red' : 'blue'} data-testid={`inbox-count-${v}`}>
                  {counts?.[v] ?? '·'}
                </Badge>
              }
            >
              {t(`inbox.views.${v}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <InboxFilters filters={filters} sort={sort} onFilters={setFilters} onSort={setSort} />
      {error ? <Alert color="red">{describeError(t, error)}</Alert> : null}
      <Paper withBorder p={0} radius="md">
        {loading && items.length === 0 ? (
          <Center p="xl">
            <Loader />
          </Center>
        ) : items.length === 0 ? (
          <Center p="xl" data-testid="inbox-empty">
            <Text c="dimmed">{t(`inbox.empty.${view}`)}</Text>
          </Center>
        ) : (
          <InboxList items={items} onOpen={setOpened} />
        )}
      </Paper>
      <InboxItemDrawer user={user} item={opened} onClose={() => setOpened(null)} onChanged={() => void reload()} />
      <Group justify="flex-end">
        <Text size="xs" c="dimmed">
          {t('inbox.liveHint')}
        </Text>
      </Group>
    </Stack>
  );
}
