import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Deal } from '../deals/api';
import { useServerSearch, type Option } from './useServerSearch';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'> & {
  value: number | null | undefined;
  onChange: (id: number | null) => void;
  /** Deals not to offer (a lost deal ships nothing); they may still be found by id. */
  hide?: (deal: Deal) => boolean;
  'data-testid'?: string;
};

const findDeals = (search: string, hide?: (d: Deal) => boolean) =>
  api
    .get<{ items: Deal[] }>(`/deals?${new URLSearchParams({ search, limit: '20' })}`)
    .then((r): Option[] => r.items.filter((d) => !hide?.(d)).map((d) => ({ value: String(d.id), label: d.title })));

const dealTitle = (id: string) => api.get<Deal>(`/deals/${id}`).then((d) => d.title);

/** A deal within the user's reach, found on the server by title or client name as the user types. */
export function DealPicker({ value, onChange, hide, ...rest }: Props) {
  const { t } = useTranslation();
  const chosen = value ? String(value) : null;
  const { loading, ...search } = useServerSearch((q) => findDeals(q, hide), chosen, dealTitle);
  return (
    <Select
      {...rest}
      {...search}
      value={chosen}
      onChange={(v) => onChange(v ? Number(v) : null)}
      searchable
      nothingFoundMessage={loading ? t('pickers.searching') : t('pickers.noDeals')}
    />
  );
}
