import { formatMoney } from '../i18n/format';

/** Amounts per currency (minor units) as one line: "₴9,900.00 · €120.00". */
export function formatAmounts(amounts: Record<string, number>, language: string): string {
  const parts = Object.entries(amounts).filter(([, v]) => v !== 0).map(([currency, v]) => formatMoney(v, currency, language));
  return parts.length ? parts.join(' · ') : '—';
}
