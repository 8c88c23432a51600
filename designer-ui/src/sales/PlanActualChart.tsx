import { BarChart } from '@mantine/charts';
import { Card, Group, SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../i18n/format';
import { currenciesByShare } from '../analytics/chartFormat';
import { CurrencyChoice, useChartCurrency } from '../analytics/CurrencyChoice';
import type { PerformanceRow } from './api';

type Figure = 'amountWon' | 'dealsWon' | 'interactionsDone';

/** A row's amount in one currency: its single-currency plan, or the per-currency parts. */
const planAmount = (row: PerformanceRow, currency: string) =>
  !row.plan ? null : row.plan.currency === currency && row.plan.amountWon !== null ? row.plan.amountWon : (row.plan.amounts.find((a) => a.currency === currency)?.amount ?? null);
const wonAmount = (row: PerformanceRow, currency: string) => row.actual.wonAmounts.find((w) => w.currency === currency)?.amount ?? (row.plan?.currency === currency ? (row.actual.amountWon ?? 0) : 0);

/** Every currency of the plans and wins, the one carrying the largest amount first. */
function chartCurrencies(rows: PerformanceRow[]): string[] {
  return currenciesByShare(
    rows.flatMap((r) => [
      ...(r.plan?.currency && r.plan.amountWon !== null ? [{ [r.plan.currency]: r.plan.amountWon }] : []),
      ...(r.plan?.amounts ?? []).map((a) => ({ [a.currency]: a.amount })),
      ...r.actual.wonAmounts.map((w) => ({ [w.currency]: w.amount })),
    ]),
  );
}

/** Plan against actual per manager as paired bars, for one figure at a time. */
export function PlanActualChart({ rows }: { rows: PerformanceRow[] }) {
  const { t, i18n } = useTranslation();
  const [figure, setFigure] = useState<Figure>('amountWon');
  const currencies = chartCurrencies(rows);
  const [chosen, setCurrency] = useChartCurrency(currencies);
  if (!rows.length) return null;
  const currency = chosen ?? 'UAH';
  const count = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  const digits = new Intl.NumberFormat(i18n.language, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const short = new Intl.NumberFormat(i18n.language, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
  const amount = figure === 'amountWon';
  const data = rows.map((r) => ({
    manager: r.displayName ?? `#${r.userId}`,
    plan: amount ? (planAmount(r, currency) ?? 0) : r.plan ? r.plan[figure] : 0,
    actual: amount ? wonAmount(r, currency) : r.actual[figure],
  }));
  return (
    <Card withBorder padding="md" data-testid="performance-chart">
      <Group justify="space-between" mb="sm">
        <Text fw={600} size="sm">
          {t('sales.performance.chart')}
          {amount ? `, ${currency}` : ''}
        </Text>
        <Group gap="xs">
        {amount && <CurrencyChoice currencies={currencies} value={chosen} onChange={setCurrency} testId="performance-chart-currency" />}
        <SegmentedControl
          size="xs"
          value={figure}
          onChange={(v) => setFigure(v as Figure)}
          aria-label={t('sales.performance.chartMeasure')}
          data={(['amountWon', 'dealsWon', 'interactionsDone'] as const).map((f) => ({ value: f, label: t(`sales.performance.${f}`) }))}
          data-testid="performance-chart-figure"
        />
        </Group>
      </Group>
      <BarChart
        h={Math.max(200, Math.min(420, rows.length * 70))}
        data={data}
        dataKey="manager"
        series={[
          { name: 'plan', label: t('sales.performance.plan'), color: 'gray.5' },
          { name: 'actual', label: t('sales.performance.actual'), color: 'blue.6' },
        ]}
        valueFormatter={amount ? (v) => formatMoney(v, currency, i18n.language) : (v) => count.format(v)}
        yAxisProps={amount ? { tickFormatter: (v: number) => short.format(v / 10 ** digits), width: 100 } : { allowDecimals: false }}
        withLegend
        maxBarWidth={40}
      />
    </Card>
  );
}
