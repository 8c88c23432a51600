import { Group, MultiSelect, NumberInput, Select, TextInput } from '@mantine/core';
import { UserPicker } from '../users/UserPicker';
import { useTranslation } from 'react-i18next';
import { instanceStates, type InstanceFilter, type InstanceState } from './api';
import { processOption } from '../processes/processName';
import { useDefinitions } from './useDefinitions';

const recordPattern = /^[a-z_]+:.+$/;
const positive = (v: string | number) => (typeof v === 'number' && v > 0 ? v : undefined);

/** The filters of the instance list; each change reloads the list. */
export function InstanceFilters({ filter, onChange }: { filter: InstanceFilter; onChange: (next: InstanceFilter) => void }) {
  const { t } = useTranslation();
  const definitions = useDefinitions();
  const set = (patch: Partial<InstanceFilter>) => onChange({ ...filter, ...patch });
  const [recordDraft, recordValid] = [filter.record ?? '', !filter.record || recordPattern.test(filter.record)];
  return (
    <Group align="flex-end" mb="md" gap="sm" data-testid="instance-filters">
      <Select
        label={t('monitoring.filter.process')}
        placeholder={t('monitoring.filter.any')}
        data={definitions.map((d) => processOption(t, d))}
        value={filter.key ?? null}
        onChange={(key) => set({ key: key ?? undefined, version: undefined })}
        clearable
        searchable
        w={240}
        data-testid="filter-process"
      />
      <NumberInput label={t('monitoring.filter.version')} value={filter.version ?? ''} onChange={(v) => set({ version: positive(v) })} min={1} w={100} data-testid="filter-version" />
      <MultiSelect
        label={t('monitoring.filter.state')}
        placeholder={t('monitoring.filter.any')}
        data={instanceStates.map((s) => ({ value: s, label: t(`monitoring.state.${s}`) }))}
        value={filter.state}
        onChange={(state) => set({ state: state as InstanceState[] })}
        clearable
        w={260}
        data-testid="filter-state"
      />
      <TextInput
        label={t('monitoring.filter.record')}
        placeholder="deal:42"
        value={recordDraft}
        error={recordValid ? undefined : t('monitoring.filter.recordHint')}
        onChange={(e) => set({ record: e.currentTarget.value.trim() || undefined })}
        w={160}
        data-testid="filter-record"
      />
      <UserPicker label={t('monitoring.filter.assignee')} value={filter.assignee} onChange={(assignee) => set({ assignee })} w={200} data-testid="filter-assignee" />
    </Group>
  );
}
