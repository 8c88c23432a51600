import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { Funnel } from './api';
import { ChartCard } from './ChartCard';
import { currenciesByShare, moneyFormat } from './chartFormat';
import { CurrencyChoice, useChartCurrency } from './CurrencyChoice';
import { formatAmounts } from './money';
import { stageName } from '../deals/stageName';

/**
 * Where the open money sits, stage by stage, in one currency at a time (the one carrying most
 * of it first; a switch shows the others), with the forecast's expected amount in every currency.
 */
export function ForecastByStage({ funnel }: { funnel: Funnel }) {
  const { t, i18n } = useTranslation();
  const currencies = currenciesByShare(funnel.stages.map((s) => s.openAmount));
  const [currency, setCurrency] = useChartCurrency(currencies);
  if (!currency) return null;
  const money = moneyFormat(currency, i18n.language);
  const caption = t('analytics.funnel.expectedOf', { expected: formatAmounts(funnel.forecast.expectedAmount, i18n.language), open: formatAmounts(funnel.forecast.openAmount, i18n.language) });
  const choice = <CurrencyChoice currencies={currencies} value={currency} onChange={setCurrency} testId="funnel-forecast-currency" />;
  return (
    <ChartCard title={t('analytics.funnel.openByStage', { currency })} caption={caption} action={choice} testId="funnel-forecast-chart">
      <BarChart
        h={240}
        data={funnel.stages.map((s) => ({ stage: stageName(t, s.stage), open: s.openAmount[currency] ?? 0 }))}
        dataKey="stage"
        series={[{ name: 'open', label: t('analytics.funnel.openAmount'), color: 'violet.6' }]}
        valueFormatter={money.full}
        yAxisProps={{ tickFormatter: money.short, width: 80 }}
      />
    </ChartCard>
  );
}
