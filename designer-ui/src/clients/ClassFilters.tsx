import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ListFilter } from './types';

/** Filters on the stored ABC and XYZ classes (set by "Recalculate and store" on the ABC × XYZ screen). */
export function ClassFilters({ filter, onChange }: { filter: ListFilter; onChange: (filter: ListFilter) => void }) {
  const { t } = useTranslation();
  const options = (classes: string[]) => classes.map((c) => ({ value: c, label: `${c} · ${t(`analytics.abc.${c}`)}` }));
  return (
    <>
      <MultiSelect
        label={t('clients.field.abcClass')}
        data={options(['A', 'B', 'C'])}
        value={filter.abcClass ?? []}
        onChange={(abcClass) => onChange({ ...filter, abcClass })}
        clearable
        w={170}
        data-testid="filter-abc"
      />
      <MultiSelect
        label={t('clients.field.xyzClass')}
        data={options(['X', 'Y', 'Z'])}
        value={filter.xyzClass ?? []}
        onChange={(xyzClass) => onChange({ ...filter, xyzClass })}
        clearable
        w={170}
        data-testid="filter-xyz"
      />
    </>
  );
}
