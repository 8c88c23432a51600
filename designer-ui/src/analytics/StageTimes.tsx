import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { FunnelStage } from './api';
import { ChartCard } from './ChartCard';
import { durationAxis } from './duration';
import { stageName } from '../deals/stageName';

/** How long deals stay in each stage: the average against the median (a long tail pulls the average up). */
export function StageTimes({ stages }: { stages: FunnelStage[] }) {
  const { t, i18n } = useTranslation();
  const timed = stages.filter((s) => s.avgTimeMs !== null || s.medianTimeMs !== null);
  if (!timed.length) return null;
  const axis = durationAxis(Math.max(...timed.map((s) => Math.max(s.avgTimeMs ?? 0, s.medianTimeMs ?? 0))), i18n.language);
  return (
    <ChartCard title={t('analytics.funnel.timeInStage')} testId="funnel-time-chart">
      <BarChart
        h={240}
        data={timed.map((s) => ({ stage: stageName(t, s.stage), avg: (s.avgTimeMs ?? 0) / axis.scale, median: (s.medianTimeMs ?? 0) / axis.scale }))}
        dataKey="stage"
        series={[
          { name: 'avg', label: t('analytics.funnel.avgTime'), color: 'orange.6' },
          { name: 'median', label: t('analytics.funnel.medianTime'), color: 'teal.6' },
        ]}
        valueFormatter={axis.full}
        yAxisProps={{ tickFormatter: axis.tick, width: 70 }}
        withLegend
      />
    </ChartCard>
  );
}
