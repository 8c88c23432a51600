import { Alert, Button, Group, NumberInput, Table, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useServerErrors } from '../forms/useServerErrors';
import { plansApi, type PerformanceRow } from './api';
import { currencyDigits } from './period';

interface Props {
  row: PerformanceRow;
  period: string;
  columns: number;
  onDone: () => void;
  onCancel: () => void;
}

const fields = ['currency', 'amountWon', 'dealsWon', 'interactionsDone'] as const;

/**
 * Sets or changes one person's plan for the period, in place of their row. A period with its own
 * plan is changed (If-Match with its version); otherwise one is created, which for a quarter then
 * wins over the sum of its months.
 */
export function PlanEditor({ row, period, columns, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const plan = row.plan;
  const startCurrency = plan?.currency ?? plan?.amounts[0]?.currency ?? 'UAH';
  const [currency, setCurrency] = useState(startCurrency);
  const [amount, setAmount] = useState<number | string>(plan?.amountWon != null ? plan.amountWon / 10 ** currencyDigits(startCurrency) : '');
  const [deals, setDeals] = useState<number | string>(plan?.dealsWon ?? '');
  const [interactions, setInteractions] = useState<number | string>(plan?.interactionsDone ?? '');
  const [busy, setBusy] = useState(false);
  const [stale, setStale] = useState(false);
  const errors = useServerErrors(fields);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    errors.setError(null);
    const code = currency.trim().toUpperCase();
    const targets = {
      currency: code,
      amountWon: Math.round(Number(amount || 0) * 10 ** currencyDigits(code)),
      dealsWon: Number(deals || 0),
      interactionsDone: Number(interactions || 0),
    };
    try {
      if (plan?.id != null && plan.version != null && plan.source !== 'months') await plansApi.update(plan.id, plan.version, targets);
      else await plansApi.create(row.userId, period, targets);
      onDone();
    } catch (err) {
      if (err instanceof ApiError && (err.status === 412 || err.status === 409)) setStale(true);
      else errors.setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Table.Tr data-testid={`plan-editor-${row.userId}`}>
      <Table.Td colSpan={columns}>
        <form onSubmit={submit} noValidate>
          <Group align="flex-end" gap="sm">
            <TextInput label={t('sales.performance.currency')} value={currency} onChange={(e) => (setCurrency(e.currentTarget.value), errors.clearField('currency'))} error={errors.byField.currency} maxLength={3} w={90} data-testid="plan-currency" />
            <NumberInput label={t('sales.performance.amountWon')} value={amount} onChange={setAmount} error={errors.byField.amountWon} min={0} decimalScale={currencyDigits(currency.toUpperCase())} thousandSeparator=" " w={170} autoFocus data-testid="plan-amount" />
            <NumberInput label={t('sales.performance.dealsWon')} value={deals} onChange={setDeals} error={errors.byField.dealsWon} min={0} allowDecimal={false} w={120} data-testid="plan-deals" />
            <NumberInput label={t('sales.performance.interactionsDone')} value={interactions} onChange={setInteractions} error={errors.byField.interactionsDone} min={0} allowDecimal={false} w={150} data-testid="plan-interactions" />
            <Button type="submit" loading={busy} disabled={stale} data-testid="plan-save">
              {t('sales.save')}
            </Button>
            <Button variant="default" onClick={stale ? onDone : onCancel}>
              {stale ? t('sales.reload') : t('sales.cancel')}
            </Button>
          </Group>
          {stale && (
            <Alert color="orange" mt="xs" data-testid="plan-stale">
              {t('sales.stale')}
            </Alert>
          )}
          {errors.formError && (
            <Alert color="red" mt="xs" role="alert" data-testid="plan-error">
              {errors.formError}
            </Alert>
          )}
        </form>
      </Table.Td>
    </Table.Tr>
  );
}
