import { Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessDefinition } from '../monitoring/api';
import { listTeams, type StatisticsFilter } from './api';
import { UserPicker } from '../users/UserPicker';
import type { HeatMeasure } from './heat';
import { processOption } from '../processes/processName';
import { DateField } from '../dates/DateField';

interface Props {
  definitions: ProcessDefinition[];
  versions: number[];
  filter: StatisticsFilter;
  onChange: (next: StatisticsFilter) => void;
  by: HeatMeasure;
  onBy: (by: HeatMeasure) => void;
}

/** Process, version, period and the slices the statistics API offers (manager, team, lead source). */
export function HeatmapFilters({ definitions, versions, filter, onChange, by, onBy }: Props) {
  const { t } = useTranslation();
  const [teams, setTeams] = useState<{ id: number; name: string }[]>([]);
  useEffect(() => {
    listTeams().then((a) => setTeams(a.items), () => setTeams([]));
  }, []);
  const set = (patch: Partial<StatisticsFilter>) => onChange({ ...filter, ...patch });
  return (
    <Group align="flex-end" gap="sm" mb="md" data-testid="heatmap-filters">
      <Select
        label={t('monitoring.filter.process')}
        data={definitions.map((d) => processOption(t, d))}
        value={filter.key || null}
        onChange={(key) => key && onChange({ key })}
        searchable
        allowDeselect={false}
        w={300}
        data-testid="heatmap-process"
      />
      <Select
        label={t('monitoring.filter.version')}
        data={[{ value: '', label: t('analytics.allVersions') }, ...versions.map((v) => ({ value: String(v), label: `v${v}` }))]}
        value={filter.version ? String(filter.version) : ''}
        onChange={(v) => set({ version: v ? Number(v) : undefined })}
        allowDeselect={false}
        w={130}
        data-testid="heatmap-version"
      />
      <DateField label={t('analytics.from')} value={filter.from ?? ''} onChange={(value) => set({ from: value || undefined })} w={150} />
      <DateField label={t('analytics.to')} value={filter.to ?? ''} onChange={(value) => set({ to: value || undefined })} w={150} />
      <UserPicker label={t('analytics.manager')} value={filter.manager} onChange={(manager) => set({ manager })} w={200} data-testid="heatmap-manager" />
      {teams.length > 0 && (
        <Select
          label={t('analytics.team')}
          placeholder={t('monitoring.filter.any')}
          data={teams.map((team) => ({ value: String(team.id), label: team.name }))}
          value={filter.team ? String(filter.team) : null}
          onChange={(v) => set({ team: v ? Number(v) : undefined })}
          clearable
          w={160}
        />
      )}
      <TextInput label={t('analytics.source')} value={filter.source ?? ''} onChange={(e) => set({ source: e.currentTarget.value || undefined })} w={140} />
      <div>
        <SegmentedControl
          value={by}
          onChange={(v) => onBy(v as HeatMeasure)}
          data={[
            { value: 'time', label: t('analytics.heatmap.byTime') },
            { value: 'open', label: t('analytics.heatmap.byOpen') },
          ]}
          aria-label={t('analytics.heatmap.colourBy')}
          data-testid="heatmap-by"
        />
      </div>
    </Group>
  );
}
