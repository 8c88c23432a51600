import { Group, SegmentedControl, Select } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClientPicker } from '../pickers/ClientPicker';
import { processOption } from '../processes/processName';
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

  useEffect(() => {
    listProcesses()
      .then((r) => setProcesses(r.items.map((p) => processOption(t, p))))
      .catch(() => setProcesses([]));
  }, [t]);

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
      <ClientPicker
        label={t('inbox.filter.client')}
        placeholder={t('inbox.filter.any')}
        value={filters.counterpartyId}
        onChange={(v) => onFilters({ ...filters, counterpartyId: v ?? undefined })}
        clearable
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

