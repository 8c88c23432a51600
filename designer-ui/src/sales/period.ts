/** A plan period as the API names it: a month `2026-11` or a quarter `2026-Q4`. */
export interface PeriodChoice {
  kind: 'month' | 'quarter';
  year: number;
  /** 1-12 for a month, 1-4 for a quarter. */
  index: number;
}

export const periodKey = (p: PeriodChoice) => (p.kind === 'month' ? `${p.year}-${String(p.index).padStart(2, '0')}` : `${p.year}-Q${p.index}`);

export function currentPeriod(kind: PeriodChoice['kind'], now = new Date()): PeriodChoice {
  const month = now.getMonth() + 1;
  return { kind, year: now.getFullYear(), index: kind === 'month' ? month : Math.ceil(month / 3) };
}

/** Month names in the UI language (January = 1). */
export function monthNames(language: string): string[] {
  const format = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2000, i, 1))));
}

/** How many decimals a currency's amounts have (UAH 2, JPY 0), to turn typed amounts into minor units. */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}
