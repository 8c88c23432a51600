import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { AbcXyz } from './api';
import { ChartCard } from './ChartCard';
import { countFormat } from './chartFormat';

const classes = ['A', 'B', 'C'] as const;
const steadiness = [
  { name: 'X', color: 'teal.6' },
  { name: 'Y', color: 'yellow.6' },
  { name: 'Z', color: 'red.5' },
] as const;

/** Sales of each ABC class, split by how steady they are (XYZ): how much of the big money is reliable. */
export function SalesByClass({ result }: { result: AbcXyz }) {
  const { t, i18n } = useTranslation();
  const data = classes.map((abc) => {
    const row: Record<string, string | number> = { abc: `${abc} · ${t(`analytics.abc.${abc}`)}` };
    for (const { name } of steadiness) row[name] = result.items.filter((r) => r.abc === abc && r.xyz === name).reduce((sum, r) => sum + r.total, 0);
    return row;
  });
  const count = countFormat(i18n.language);
  const short = new Intl.NumberFormat(i18n.language, { notation: 'compact', maximumFractionDigits: 1 });
  return (
    <ChartCard title={t('analytics.abc.byClass')} testId="abc-chart">
      <BarChart
        h={260}
        data={data}
        dataKey="abc"
        type="stacked"
        series={steadiness.map((s) => ({ name: s.name, color: s.color, label: `${s.name} · ${t(`analytics.abc.${s.name}`)}` }))}
        valueFormatter={count}
        yAxisProps={{ tickFormatter: (v: number) => short.format(v), width: 60 }}
        withLegend
      />
    </ChartCard>
  );
}
