import { Checkbox, Group, MultiSelect, Select, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ClassFilters } from './ClassFilters';
import { sortKeys, statuses, type ListFilter, type SortKey, type Status } from './types';

interface Props {
  filter: ListFilter;
  onChange: (filter: ListFilter) => void;
  userId: number;
  searchRef?: React.Ref<HTMLInputElement>;
}

/** Search, filters and sort of the client list; the page debounces them and reloads from the first page. */
export function ClientFilters({ filter, onChange, userId, searchRef }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<ListFilter>) => onChange({ ...filter, ...patch });
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" mb="md">
      <TextInput
        ref={searchRef}
        label={t('clients.list.search')}
        placeholder={t('clients.list.searchHint')}
        value={filter.q ?? ''}
        onChange={(e) => set({ q: e.currentTarget.value })}
        data-testid="clients-search"
        w={320}
        type="search"
      />
      <MultiSelect
        label={t('clients.field.status')}
        data={statuses.map((s) => ({ value: s, label: t(`clients.status.${s}`) }))}
        value={filter.status ?? []}
        onChange={(v) => set({ status: v as Status[] })}
        clearable
        w={220}
        data-testid="filter-status"
      />
      <TextInput label={t('clients.field.industry')} value={filter.industry ?? ''} onChange={(e) => set({ industry: e.currentTarget.value })} w={150} data-testid="filter-industry" />
      <TextInput label={t('clients.field.region')} value={filter.region ?? ''} onChange={(e) => set({ region: e.currentTarget.value })} w={150} data-testid="filter-region" />
      <TagsInput label={t('clients.field.tags')} value={filter.tags ?? []} onChange={(tags) => set({ tags })} w={200} data-testid="filter-tags" />
      <ClassFilters filter={filter} onChange={onChange} />
      <Select
        label={t('clients.list.sort')}
        data={sortKeys.map((k) => ({ value: k, label: t(`clients.sort.${k.replace('-', 'desc_')}`) }))}
        value={filter.sort}
        onChange={(v) => v && set({ sort: v as SortKey })}
        allowDeselect={false}
        w={200}
        data-testid="clients-sort"
      />
      <Checkbox
        label={t('clients.list.onlyMine')}
        checked={filter.responsibleId === userId}
        onChange={(e) => set({ responsibleId: e.currentTarget.checked ? userId : undefined })}
        mb={8}
        data-testid="filter-mine"
      />
    </Group>
  );
}
