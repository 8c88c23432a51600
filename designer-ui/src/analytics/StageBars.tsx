import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { FunnelStage } from './api';
import { ChartCard } from './ChartCard';
import { countFormat, percentFormat } from './chartFormat';
import { stageName } from '../deals/stageName';

/** The funnel as bars, widest first: deals that entered each stage and the share that went on. */
export function StageBars({ stages }: { stages: FunnelStage[] }) {
  const { t, i18n } = useTranslation();
  const count = countFormat(i18n.language);
  const percent = percentFormat(i18n.language);
  const data = stages.map((s) => ({
    stage: stageName(t, s.stage),
    entered: s.entered,
    label: s.conversionToNext === null ? count(s.entered) : t('analytics.funnel.onward', { count: count(s.entered), rate: percent(s.conversionToNext) }),
  }));
  return (
    <ChartCard title={t('analytics.funnel.byStage')} testId="funnel-stages-chart">
      <BarChart
        h={Math.max(160, stages.length * 44)}
        data={data}
        dataKey="stage"
        orientation="vertical"
        series={[{ name: 'entered', label: t('analytics.funnel.entered'), color: 'blue.6' }]}
        valueFormatter={count}
        withBarValueLabel
        valueLabelProps={{ dataKey: 'label', position: 'right', formatter: (label) => label }}
        yAxisProps={{ width: 110 }}
        xAxisProps={{ allowDecimals: false, padding: { right: 130 } }}
        gridAxis="none"
        maxBarWidth={28}
      />
    </ChartCard>
  );
}
