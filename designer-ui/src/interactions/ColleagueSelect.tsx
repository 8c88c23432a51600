import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/types';
import { findColleagues } from './api';

type Option = { value: string; label: string };

/** Colleagues matching what is typed, with "me" first: the people a contact or request can go to. */
function useColleagueOptions(me: User, chosen: string[]) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const [found, setFound] = useState<Option[]>([]);
  useEffect(() => {
    let current = true;
    findColleagues(query)
      .then((people) => current && setFound((old) => [...old.filter((o) => chosen.includes(o.value)), ...people.map((p) => ({ value: String(p.id), label: p.displayName }))]))
      .catch(() => undefined);
    return () => {
      current = false;
    };
    // Runs per search; the chosen ones are read to keep their labels.
  }, [query]);
  const mine = { value: String(me.id), label: t('interactions.me', { name: me.displayName }) };
  const unique = new Map([mine, ...found].map((o) => [o.value, o]));
  return { data: [...unique.values()], searchValue: search, onSearchChange: setSearch };
}

type SingleProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & { self: User; value: number | null; onChange: (id: number | null) => void };

export function ColleagueSelect({ self, value, onChange, ...rest }: SingleProps) {
  const chosen = value ? [String(value)] : [];
  const options = useColleagueOptions(self, chosen);
  return <Select {...rest} {...options} value={value ? String(value) : null} onChange={(v) => onChange(v ? Number(v) : null)} searchable filter={({ options: o }) => o} />;
}

type MultiProps = Omit<MultiSelectProps, 'data' | 'value' | 'onChange'> & { self: User; value: number[]; onChange: (ids: number[]) => void };

export function ColleaguesSelect({ self, value, onChange, ...rest }: MultiProps) {
  const chosen = value.map(String);
  const options = useColleagueOptions(self, chosen);
  return <MultiSelect {...rest} {...options} value={chosen} onChange={(v) => onChange(v.map(Number))} searchable filter={({ options: o }) => o} />;
}
