import { Group, SegmentedControl, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { listProcesses, type InboxFilters as Filters, type InboxSort } from './api';

interface Props {
  filters: Filters;
  sort: InboxSort;
  onFilters: (f: Filters) => void;
  onSort: (s: InboxSort) => void;
}

/** Process and client filters and the order of the list. */
export function InboxFilters({ filters, sort, onFilters, onSort }: Props) {
  const { t } = useTranslation();
  const [processes, setProcesses] = useState<{ value: string; label: string }[]>([]);
  const [clients, setClients] = useState<{ value: string; label: string }[]>([]);
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);

  useEffect(() => {
    listProcesses()
      .then((r) => setProcesses(r.items.map((p) => ({ value: p.key, label: p.name || p.key }))))
      .catch(() => setProcesses([]));
  }, []);
  useEffect(() => {
    api
      .get<{ items: { id: number; name: string }[] }>(`/counterparties?limit=20${query ? `&q=${encodeURIComponent(query)}` : ''}`)
      .then((r) => setClients((old) => merge(old, r.items.map((c) => ({ value: String(c.id), label: c.name })), filters.counterpartyId)))
      .catch(() => undefined);
  }, [query, filters.counterpartyId]);

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label={t('inbox.filter.process')}
        placeholder={t('inbox.filter.any')}
        data={processes}
        value={filters.processKey ?? null}
        onChange={(v) => onFilters({ ...filters, processKey: v ?? undefined })}
        clearable
        searchable
        w={240}
        data-testid="inbox-filter-process"
      />
      <Select
        label={t('inbox.filter.client')}
        placeholder={t('inbox.filter.any')}
        data={clients}
        value={filters.counterpartyId ? String(filters.counterpartyId) : null}
        onChange={(v) => onFilters({ ...filters, counterpartyId: v ? Number(v) : undefined })}
        searchValue={search}
        onSearchChange={setSearch}
        clearable
        searchable
        w={240}
        data-testid="inbox-filter-client"
      />
      <SegmentedControl
        aria-label={t('inbox.sort.label')}
        value={sort}
        onChange={(v) => onSort(v as InboxSort)}
        data={[
          { value: 'due', label: t('inbox.sort.due') },
          { value: 'priority', label: t('inbox.sort.priority') },
        ]}
        data-testid="inbox-sort"
      />
    </Group>
  );
}

/** Keeps the chosen client among the options while the search shows others. */
function merge(old: { value: string; label: string }[], found: { value: string; label: string }[], chosen?: number) {
  const keep = old.filter((o) => o.value === String(chosen ?? '') && !found.some((f) => f.value === o.value));
  return [...keep, ...found];
}
