import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { Funnel } from './api';
import { ChartCard } from './ChartCard';
import { mainCurrency, moneyFormat } from './chartFormat';
import { formatAmounts } from './money';

/**
 * Where the open money sits, stage by stage, in the currency carrying most of it (the cards
 * and the table below give every currency), with the forecast's expected amount above.
 */
export function ForecastByStage({ funnel }: { funnel: Funnel }) {
  const { t, i18n } = useTranslation();
  const currency = mainCurrency(funnel.stages.map((s) => s.openAmount));
  if (!currency) return null;
  const money = moneyFormat(currency, i18n.language);
  const caption = t('analytics.funnel.expectedOf', { expected: formatAmounts(funnel.forecast.expectedAmount, i18n.language), open: formatAmounts(funnel.forecast.openAmount, i18n.language) });
  return (
    <ChartCard title={t('analytics.funnel.openByStage', { currency })} caption={caption} testId="funnel-forecast-chart">
      <BarChart
        h={240}
        data={funnel.stages.map((s) => ({ stage: s.stage, open: s.openAmount[currency] ?? 0 }))}
        dataKey="stage"
        series={[{ name: 'open', label: t('analytics.funnel.openAmount'), color: 'violet.6' }]}
        valueFormatter={money.full}
        yAxisProps={{ tickFormatter: money.short, width: 80 }}
      />
    </ChartCard>
  );
}
