import { Alert, Badge, Button, Group, Loader, NumberInput, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment, lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import { ExportXlsxButton } from '../export/ExportXlsxButton';
import { formatMoney } from '../i18n/format';
import { plansApi, type Performance, type PerformanceRow } from './api';
import { CompletionBar } from './CompletionBar';
import { currentPeriod, monthNames, periodKey, type PeriodChoice } from './period';
import { PlanEditor } from './PlanEditor';

const COLUMNS = 5;
// The charting library loads with the chart, not with every screen of the app.
const PlanActualChart = lazy(() => import('./PlanActualChart').then((m) => ({ default: m.PlanActualChart })));

/**
 * Plan against actual per manager for a month or a quarter: amount and deals won, interactions
 * done, with completion bars. Whoever may set a person's plan (heads of sales for their teams,
 * admins) edits it in place; the others see no edit control (and the API refuses them too).
 */
export function PerformancePage() {
  const { t, i18n } = useTranslation();
  const [period, setPeriod] = useState<PeriodChoice>(() => currentPeriod('month'));
  const [data, setData] = useState<Performance | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const key = periodKey(period);

  const load = useCallback(async () => {
    try {
      setData(await plansApi.performance(key));
      setError(null);
    } catch (err) {
      setData(null);
      setError(err);
    }
  }, [key]);
  useEffect(() => {
    setEditing(null);
    void load();
  }, [load]);

  const months = monthNames(i18n.language);
  const indexes = period.kind === 'month' ? months.map((name, i) => ({ value: String(i + 1), label: name })) : [1, 2, 3, 4].map((q) => ({ value: String(q), label: t('sales.performance.quarterN', { n: q }) }));
  const money = (minor: number, currency: string) => formatMoney(minor, currency, i18n.language);
  const count = (n: number) => new Intl.NumberFormat(i18n.language).format(n);

  const amountCell = (row: PerformanceRow) => {
    const plan = row.plan;
    // Wins in currencies other than the plan's are listed too, never dropped.
    const others = row.actual.wonAmounts.filter((w) => w.currency !== plan?.currency && w.amount !== 0).map((w) => money(w.amount, w.currency));
    const actual = [...(plan?.currency ? [money(row.actual.amountWon ?? 0, plan.currency)] : []), ...others].join(' · ') || '—';
    const planned = !plan ? null : plan.currency && plan.amountWon !== null ? money(plan.amountWon, plan.currency) : plan.amounts.map((a) => money(a.amount, a.currency)).join(' + ');
    return <CompletionBar actual={actual} plan={planned} percent={row.completionPercent?.amountWon ?? null} testId={`amount-${row.userId}`} />;
  };

  return (
    <Stack gap="md" data-testid="performance-page">
      <Title order={1} size="h3">
        {t('sales.performance.title')}
      </Title>
      <Group align="flex-end" gap="sm">
        <SegmentedControl
          value={period.kind}
          onChange={(kind) => setPeriod(currentPeriod(kind as PeriodChoice['kind'], new Date(Date.UTC(period.year, period.kind === 'month' ? period.index - 1 : (period.index - 1) * 3, 15))))}
          data={[
            { value: 'month', label: t('sales.performance.month') },
            { value: 'quarter', label: t('sales.performance.quarter') },
          ]}
          data-testid="period-kind"
        />
        <Select aria-label={period.kind === 'month' ? t('sales.performance.month') : t('sales.performance.quarter')} data={indexes} value={String(period.index)} onChange={(v) => v && setPeriod({ ...period, index: Number(v) })} allowDeselect={false} w={170} data-testid="period-index" />
        <NumberInput aria-label={t('sales.performance.year')} value={period.year} onChange={(v) => typeof v === 'number' && v >= 2000 && v <= 2100 && setPeriod({ ...period, year: v })} min={2000} max={2100} w={100} thousandSeparator="" data-testid="period-year" />
        <ExportXlsxButton path={`/sales/performance?${new URLSearchParams({ period: key })}`} testId="performance-export" />
      </Group>
      {error !== null && (
        <Alert color="red" role="alert">
          {describeError(t, error)}
        </Alert>
      )}
      {!data && error === null && <Loader />}
      {data && (
        <Suspense fallback={<Loader size="sm" />}>
          <PlanActualChart rows={data.items} />
        </Suspense>
      )}
      {data && (
        <Table verticalSpacing="sm" data-testid="performance-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sales.performance.manager')}</Table.Th>
              <Table.Th>{t('sales.performance.amountWon')}</Table.Th>
              <Table.Th>{t('sales.performance.dealsWon')}</Table.Th>
              <Table.Th>{t('sales.performance.interactionsDone')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={COLUMNS}>
                  <Text c="dimmed" size="sm">
                    {t('sales.performance.nobody')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {data.items.map((row) => (
              <Fragment key={row.userId}>
                <Table.Tr data-testid={`performance-${row.userId}`}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {row.displayName ?? `#${row.userId}`}
                    </Text>
                    {row.plan?.source === 'months' && (
                      <Badge variant="light" color="gray" size="xs" data-testid="plan-from-months">
                        {t('sales.performance.fromMonths', { months: row.plan.months.map((m) => months[Number(m.slice(5)) - 1]).join(', ') })}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{amountCell(row)}</Table.Td>
                  <Table.Td>
                    <CompletionBar actual={count(row.actual.dealsWon)} plan={row.plan ? count(row.plan.dealsWon) : null} percent={row.completionPercent?.dealsWon ?? null} testId={`deals-${row.userId}`} />
                  </Table.Td>
                  <Table.Td>
                    <CompletionBar actual={count(row.actual.interactionsDone)} plan={row.plan ? count(row.plan.interactionsDone) : null} percent={row.completionPercent?.interactionsDone ?? null} testId={`interactions-${row.userId}`} />
                  </Table.Td>
                  <Table.Td>
                    {row.canPlan && editing !== row.userId && (
                      <Button size="compact-sm" variant="light" onClick={() => setEditing(row.userId)} data-testid={`plan-edit-${row.userId}`}>
                        {row.plan && row.plan.source !== 'months' ? t('sales.performance.editPlan') : t('sales.performance.setPlan')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
                {editing === row.userId && (
                  <PlanEditor
                    row={row}
                    period={key}
                    columns={COLUMNS}
                    onCancel={() => setEditing(null)}
                    onDone={() => {
                      setEditing(null);
                      void load();
                    }}
                  />
                )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
