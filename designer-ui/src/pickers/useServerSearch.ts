import type { OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';

export interface Option {
  value: string;
  label: string;
}

/**
 * Options a picker asks the server for as the user types (debounced), so a list of thousands
 * is never loaded whole: the first page once the dropdown opens, then one page per search. The
 * chosen option stays among the options while other searches come back.
 */
export function useServerSearch(find: (search: string) => Promise<Option[]>, chosen: string | null, chosenLabel: (id: string) => Promise<string>) {
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const [opened, setOpened] = useState(false);
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    // Picking an option writes its label into the search box: that is no new search.
    if (!opened || options.some((o) => o.value === chosen && o.label === query)) return;
    let current = true;
    setLoading(true);
    find(query)
      .then((found) => current && setOptions((old) => withChosen(old, chosen, found)))
      .catch(() => undefined)
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
    // Runs per search and on first opening; options, chosen and find are read, not watched.
  }, [query, opened]);

  useEffect(() => {
    // A value set from outside (a filter in the address, a record being edited) gets its name.
    if (!chosen || options.some((o) => o.value === chosen)) return;
    let current = true;
    chosenLabel(chosen)
      .then((label) => current && setOptions((old) => (old.some((o) => o.value === chosen) ? old : [{ value: chosen, label }, ...old])))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [chosen]);

  return {
    data: options,
    searchValue: search,
    onSearchChange: setSearch,
    onDropdownOpen: () => setOpened(true),
    loading,
    filter: asFound,
  };
}

/** The server has matched already (a deal by its client's name too): the list shows what it found. */
const asFound: OptionsFilter = ({ options }) => options;

function withChosen(old: Option[], chosen: string | null, found: Option[]): Option[] {
  const kept = old.filter((o) => o.value === chosen && !found.some((f) => f.value === o.value));
  return [...kept, ...found];
}
