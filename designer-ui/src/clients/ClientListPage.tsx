import { Alert, Anchor, Badge, Button, Checkbox, Group, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../api/describeError';
import type { User } from '../api/types';
import { formatDate } from '../i18n/format';
import { BulkBar } from './BulkBar';
import { ClientFilters } from './ClientFilters';
import { SegmentBar } from './SegmentBar';
import { CompletenessBar } from './CompletenessBar';
import { ClassBadge } from './ClassBadge';
import { completenessLink } from './completenessLink';
import type { ListFilter } from './types';
import { useClientList } from './useClientList';

/** Clients within the user's reach: search, filters, sort, pages, and bulk actions on a selection. */
export function ClientListPage({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<ListFilter>({ sort: 'name' });
  const [debounced] = useDebouncedValue(filter, 300);
  const list = useClientList(debounced);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const searchRef = useRef<HTMLInputElement>(null);
  useHotkeys([['/', () => searchRef.current?.focus()]]);

  const toggle = (id: number) =>
    setSelected((before) => {
      const next = new Set(before);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  // Bulk actions touch only the selected rows still listed: a search or segment that hides a row drops it from the action.
  const chosen = list.items.filter((c) => selected.has(c.id)).map((c) => c.id);
  const allSelected = list.items.length > 0 && list.items.every((c) => selected.has(c.id));
  const toggleAll = () => setSelected(allSelected ? new Set() : new Set(list.items.map((c) => c.id)));

  return (
    <div data-testid="clients-page">
      <Group justify="space-between" mb="md">
        <Title order={1} size="h3">
          {t('clients.list.title')}
        </Title>
        <Group gap="xs">
          <Button variant="default" component={Link} to={completenessLink(filter)} data-testid="client-completeness-report">
            {t('clients.completenessReport.open')}
          </Button>
          <Button variant="default" component={Link} to="/clients/duplicates" data-testid="client-duplicates">
            {t('clients.merge.open')}
          </Button>
          <Button component={Link} to="/clients/new" data-testid="client-new">
            {t('clients.list.new')}
          </Button>
        </Group>
      </Group>
      <SegmentBar filter={filter} onChange={setFilter} />
      {!filter.segmentId && <ClientFilters filter={filter} onChange={setFilter} userId={user.id} searchRef={searchRef} />}
      {chosen.length > 0 && <BulkBar ids={chosen} userId={user.id} onDone={list.reload} />}
      {list.error !== null && (
        <Alert color="red" mb="md" role="alert">
          {describeError(t, list.error)}
        </Alert>
      )}
      <Table striped highlightOnHover data-testid="clients-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox aria-label={t('clients.list.selectAll')} checked={allSelected} indeterminate={chosen.length > 0 && !allSelected} onChange={toggleAll} />
            </Table.Th>
            <Table.Th>{t('clients.field.name')}</Table.Th>
            <Table.Th>{t('clients.field.status')}</Table.Th>
            <Table.Th>{t('clients.field.industry')}</Table.Th>
            <Table.Th>{t('clients.field.region')}</Table.Th>
            <Table.Th>{t('clients.field.tags')}</Table.Th>
            <Table.Th>{t('clients.field.class')}</Table.Th>
            <Table.Th>{t('clients.field.completeness')}</Table.Th>
            <Table.Th>{t('clients.field.updatedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.items.map((c) => (
            <Table.Tr key={c.id} data-testid="client-row" data-id={c.id}>
              <Table.Td>
                <Checkbox aria-label={t('clients.list.select', { name: c.name })} checked={selected.has(c.id)} onChange={() => toggle(c.id)} />
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/clients/${c.id}`} fw={500}>
                  {c.name}
                </Anchor>
                {c.taxId && (
                  <Text size="xs" c="dimmed">
                    {c.taxId}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge variant="light">{t(`clients.status.${c.status}`)}</Badge>
              </Table.Td>
              <Table.Td>{c.industry}</Table.Td>
              <Table.Td>{c.region}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {c.tags.map((tag) => (
                    <Badge key={tag} size="sm" variant="outline">
                      {tag}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <ClassBadge abc={c.abcClass} xyz={c.xyzClass} />
              </Table.Td>
              <Table.Td>{c.completeness && <CompletenessBar score={c.completeness.score} />}</Table.Td>
              <Table.Td>{formatDate(c.updatedAt, i18n.language, { dateStyle: 'medium' })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!list.loading && list.items.length === 0 && (
        <Text c="dimmed" ta="center" my="lg" data-testid="clients-empty">
          {t('clients.list.empty')}
        </Text>
      )}
      <Group justify="center" mt="md">
        {list.hasMore && (
          <Button variant="default" onClick={() => void list.loadMore()} loading={list.loading} data-testid="clients-more">
            {t('clients.list.more')}
          </Button>
        )}
      </Group>
    </div>
  );
}
