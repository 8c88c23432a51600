import { formatMoney } from '../i18n/format';

/** Whole numbers in the UI language ("1 234" in Ukrainian, "1,234" in English). */
export const countFormat = (language: string) => {
  const f = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  return (n: number) => f.format(n);
};

export const percentFormat = (language: string) => {
  const f = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  return (share: number) => f.format(share);
};

/** Amounts in minor units of one currency: in full for tooltips, short ("₴1.2M") for axis ticks. */
export function moneyFormat(currency: string, language: string) {
  const short = new Intl.NumberFormat(language, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
  const digits = new Intl.NumberFormat(language, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return { full: (minor: number) => formatMoney(minor, currency, language), short: (minor: number) => short.format(minor / 10 ** digits) };
}

/**
 * Every currency with an amount, the one carrying the largest share first (a chart's default):
 * amounts in different currencies are never converted or added up, so a chart shows one at a time.
 */
export function currenciesByShare(amounts: Record<string, number>[]): string[] {
  const sums = new Map<string, number>();
  for (const a of amounts) for (const [c, v] of Object.entries(a)) sums.set(c, (sums.get(c) ?? 0) + Math.abs(v));
  return [...sums].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
}

/** The currency carrying the most of the amounts (per currency, minor units), or null when all are empty. */
export function mainCurrency(amounts: Record<string, number>[]): string | null {
  return currenciesByShare(amounts)[0] ?? null;
}
