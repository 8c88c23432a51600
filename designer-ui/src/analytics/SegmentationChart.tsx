import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { ChartCard } from './ChartCard';
import type { SegmentationDimension, SegmentationRow } from './reportsApi';
import { segmentValue } from './segmentValue';

/** Revenue of each value of one dimension, biggest first, with the number of clients in the tooltip. */
export function SegmentationChart({ dimension, rows }: { dimension: SegmentationDimension; rows: SegmentationRow[] }) {
  const { t, i18n } = useTranslation();
  const amount = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const short = new Intl.NumberFormat(i18n.language, { notation: 'compact', maximumFractionDigits: 1 });
  const data = rows.map((r) => ({ value: segmentValue(t, dimension, r.value), revenue: r.revenue, margin: r.margin }));
  return (
    <ChartCard title={t('analytics.segmentation.chart', { dimension: t(`analytics.segmentation.dimension.${dimension}`) })} testId="segmentation-chart">
      <BarChart
        h={Math.max(160, rows.length * 36 + 60)}
        data={data}
        dataKey="value"
        orientation="vertical"
        series={[
          { name: 'revenue', color: 'blue.6', label: t('analytics.abc.revenue') },
          { name: 'margin', color: 'teal.5', label: t('analytics.abc.margin') },
        ]}
        valueFormatter={(v) => amount.format(v)}
        xAxisProps={{ tickFormatter: (v: number) => short.format(v) }}
        yAxisProps={{ width: 140 }}
        withLegend
      />
    </ChartCard>
  );
}
