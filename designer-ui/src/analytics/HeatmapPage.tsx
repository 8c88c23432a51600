import { Alert, Group, Loader, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { describeError } from '../api/describeError';
import type { User } from '../api/types';
import { getDefinition } from '../monitoring/api';
import { MonitoringTabs } from '../monitoring/MonitoringTabs';
import { useDefinitions } from '../monitoring/useDefinitions';
import { ExportXlsxButton } from '../export/ExportXlsxButton';
import { statisticsPath, type StatisticsFilter } from './api';
import type { HeatMeasure } from './heat';
import { HeatmapDiagram } from './HeatmapDiagram';
import { HeatmapFilters } from './HeatmapFilters';
import { NodeStatisticsTable } from './NodeStatisticsTable';
import { NodeTimeChart } from './NodeTimeChart';
import { useStatistics } from './useStatistics';

/** Where a process spends its time: per-node figures over the diagram, coloured so the bottleneck shows. */
export function HeatmapPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const definitions = useDefinitions();
  const [filter, setFilter] = useState<StatisticsFilter>({ key: params.get('key') ?? '' });
  const [by, setBy] = useState<HeatMeasure>('time');
  const [versions, setVersions] = useState<{ list: number[]; shown: number | null }>({ list: [], shown: null });
  const [debounced] = useDebouncedValue(filter, 300);

  useEffect(() => {
    if (!filter.key && definitions[0]) setFilter({ key: definitions[0].key });
  }, [definitions, filter.key]);
  useEffect(() => {
    if (!filter.key) return;
    setParams({ key: filter.key }, { replace: true });
    getDefinition(filter.key).then(
      (d) => setVersions({ list: d.versions.map((v) => v.number), shown: d.activeVersion ?? d.latestVersion }),
      () => setVersions({ list: [], shown: null }),
    );
  }, [filter.key, setParams]);

  // All versions are drawn on the active one: nodes a version dropped simply have no shape there.
  const diagramVersion = filter.version ?? versions.shown;
  const stats = useStatistics(debounced.key ? debounced : null, diagramVersion);

  return (
    <div data-testid="heatmap-page">
      <MonitoringTabs user={user} />
      <Title order={1} size="h3" mb="md">
        {t('analytics.heatmap.title')}
      </Title>
      <HeatmapFilters definitions={definitions} versions={versions.list} filter={filter} onChange={setFilter} by={by} onBy={setBy} />
      {stats.error !== null && (
        <Alert color="red" mb="md" role="alert" data-testid="heatmap-error">
          {describeError(t, stats.error)}
        </Alert>
      )}
      {!filter.key && <Text c="dimmed">{t('analytics.heatmap.noProcess')}</Text>}
      {filter.key && (!stats.xml || !stats.nodes) && stats.error === null && <Loader />}
      {stats.xml && stats.nodes && (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            {t('analytics.heatmap.legend')}
          </Text>
          <HeatmapDiagram xml={stats.xml} nodes={stats.nodes} by={by} />
          <Group justify="flex-end" mt="md">
            <ExportXlsxButton path={statisticsPath(debounced)} testId="heatmap-export" />
          </Group>
          <NodeTimeChart nodes={stats.nodes} xml={stats.xml} />
          <NodeStatisticsTable nodes={stats.nodes} xml={stats.xml} />
        </>
      )}
    </div>
  );
}
