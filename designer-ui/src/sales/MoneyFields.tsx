import { NumberInput, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currencyDigits } from './period';

/** The currencies offered first; the API takes any ISO 4217 code. */
export const currencies = ['UAH', 'EUR', 'USD', 'PLN'];

/** An amount as typed (1 500.50) in minor units (150050), which the API stores. */
export const toMinor = (amount: number | string, currency: string): number => Math.round(Number(amount || 0) * 10 ** currencyDigits(currency));
/** Minor units back to the amount a user types. */
export const fromMinor = (minor: number, currency: string): number => minor / 10 ** currencyDigits(currency);

interface Props {
  amount: number | string;
  currency: string;
  onAmount: (value: number | string) => void;
  /** Absent: the currency is given (an invoice's) and shown, not chosen. */
  onCurrency?: (value: string) => void;
  amountError?: string;
  currencyError?: string;
  testId: string;
}

/** The currency of an amount or a document: the usual ones first, any other already set kept. */
export function CurrencySelect({ value, onChange, error, testId }: { value: string; onChange?: (value: string) => void; error?: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Select label={t('sales.money.currency')} data={currencies.includes(value) ? currencies : [value, ...currencies]} value={value} onChange={(v) => onChange?.(v ?? value)} disabled={!onChange} allowDeselect={false} error={error} data-testid={testId} />
  );
}

/** Amount and currency side by side, the amount with the currency's decimals. */
export function MoneyFields({ amount, currency, onAmount, onCurrency, amountError, currencyError, testId }: Props) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={2} spacing="sm">
      <NumberInput label={t('sales.money.amount')} value={amount} onChange={onAmount} min={0} decimalScale={currencyDigits(currency)} thousandSeparator=" " error={amountError} data-testid={`${testId}-amount`} />
      <CurrencySelect value={currency} onChange={onCurrency} error={currencyError} testId={`${testId}-currency`} />
    </SimpleGrid>
  );
}
