import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findUsers } from './usersApi';

interface Props {
  label: string;
  value: number | undefined;
  onChange: (id: number | undefined) => void;
  w?: number | string;
  'data-testid'?: string;
}

type Option = { value: string; label: string };

/** A colleague by name (searchable), for filters that take a user; clearable. */
export function UserPicker({ label, value, onChange, w = 220, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 200);
  const [options, setOptions] = useState<Option[]>([]);
  const chosen = value ? String(value) : null;

  useEffect(() => {
    // Picking an option writes its label into the search box: that is no new search.
    if (options.some((o) => o.value === chosen && o.label === query)) return;
    let current = true;
    findUsers(query)
      .then((users) => current && setOptions((old) => withChosen(old, chosen, users.map((u) => ({ value: String(u.id), label: u.displayName })))))
      .catch(() => undefined);
    return () => {
      current = false;
    };
    // Runs per search; options and chosen are read, not watched.
  }, [query]);

  const data = chosen && !options.some((o) => o.value === chosen) ? [...options, { value: chosen, label: `#${chosen}` }] : options;
  return (
    <Select
      label={label}
      placeholder={t('userPicker.anyone')}
      data={data}
      value={chosen}
      onChange={(v) => onChange(v ? Number(v) : undefined)}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={t('userPicker.nobody')}
      w={w}
      data-testid={testId}
    />
  );
}

/** The chosen person stays among the options while other searches come back. */
function withChosen(old: Option[], chosen: string | null, found: Option[]): Option[] {
  const kept = old.filter((o) => o.value === chosen && !found.some((f) => f.value === o.value));
  return [...kept, ...found];
}
