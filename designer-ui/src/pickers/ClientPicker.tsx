import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useServerSearch, type Option } from './useServerSearch';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'> & {
  value: number | null | undefined;
  onChange: (id: number | null) => void;
  'data-testid'?: string;
};

type Named = { id: number; name: string };

const findClients = (search: string) => {
  const q = new URLSearchParams({ sort: 'name', limit: '20', ...(search.trim() ? { q: search.trim() } : {}) });
  return api.get<{ items: Named[] }>(`/counterparties?${q}`).then((r): Option[] => r.items.map((c) => ({ value: String(c.id), label: c.name })));
};

const clientName = (id: string) => api.get<Named>(`/counterparties/${id}`).then((c) => c.name);

/** A client within the user's reach, found on the server by name, tax id, phone or e-mail as the user types. */
export function ClientPicker({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const chosen = value ? String(value) : null;
  const { loading, ...search } = useServerSearch(findClients, chosen, clientName);
  return (
    <Select
      {...rest}
      {...search}
      value={chosen}
      onChange={(v) => onChange(v ? Number(v) : null)}
      searchable
      nothingFoundMessage={loading ? t('pickers.searching') : t('pickers.noClients')}
    />
  );
}
