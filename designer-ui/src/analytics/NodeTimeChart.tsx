import { BarChart } from '@mantine/charts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { nodeNames } from '../monitoring/nodeNames';
import type { NodeStatistics } from './api';
import { ChartCard } from './ChartCard';
import { durationAxis } from './duration';

const SHOWN = 12;

/** The slowest steps of the process as bars: average against 90th percentile, so a bottleneck and a long tail both show. */
export function NodeTimeChart({ nodes, xml }: { nodes: NodeStatistics[]; xml: string }) {
  const { t, i18n } = useTranslation();
  const names = useMemo(() => nodeNames(xml), [xml]);
  const timed = nodes.filter((n) => (n.avgMs ?? 0) > 0).sort((a, b) => (b.avgMs ?? 0) - (a.avgMs ?? 0)).slice(0, SHOWN);
  if (!timed.length) return null;
  const axis = durationAxis(Math.max(...timed.map((n) => Math.max(n.avgMs ?? 0, n.p90Ms ?? 0))), i18n.language);
  return (
    <ChartCard title={t('analytics.heatmap.timeChart')} testId="node-time-chart">
      <BarChart
        h={Math.max(160, timed.length * 48)}
        data={timed.map((n) => ({ node: names.get(n.nodeId) ?? n.nodeId, avg: (n.avgMs ?? 0) / axis.scale, p90: (n.p90Ms ?? 0) / axis.scale }))}
        dataKey="node"
        orientation="vertical"
        series={[
          { name: 'avg', label: t('analytics.heatmap.average'), color: 'orange.6' },
          { name: 'p90', label: t('analytics.heatmap.p90'), color: 'red.7' },
        ]}
        valueFormatter={axis.full}
        xAxisProps={{ tickFormatter: axis.tick }}
        yAxisProps={{ width: 160 }}
        withLegend
        maxBarWidth={18}
      />
    </ChartCard>
  );
}
