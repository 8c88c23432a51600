import { SegmentedControl } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The currency a money chart shows, chosen among those with amounts (largest share first, the
 * default). It follows the data: when the chosen currency disappears, the largest one is taken.
 */
export function useChartCurrency(currencies: string[]): [string | null, (c: string) => void] {
  const [chosen, setChosen] = useState<string | null>(null);
  const current = chosen && currencies.includes(chosen) ? chosen : (currencies[0] ?? null);
  useEffect(() => {
    if (chosen && !currencies.includes(chosen)) setChosen(null);
  }, [chosen, currencies]);
  return [current, setChosen];
}

/** A switch between the currencies of a chart; hidden when there is only one. */
export function CurrencyChoice({ currencies, value, onChange, testId }: { currencies: string[]; value: string | null; onChange: (c: string) => void; testId: string }) {
  const { t } = useTranslation();
  if (currencies.length < 2 || !value) return null;
  return <SegmentedControl size="xs" value={value} onChange={onChange} data={currencies} aria-label={t('analytics.currency')} data-testid={testId} />;
}
