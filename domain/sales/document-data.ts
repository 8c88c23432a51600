import { formatMinor } from './money.ts';
import type { Totals } from './totals.ts';

const qty = (milli: number) => String(milli / 1000);
const percent = (bp: number) => `${bp / 100}%`;

/** What a template sees: texts formatted for print (amounts with two decimals, rates as %). */
export function documentData(scalars: Record<string, unknown>, totals: Totals | null): Record<string, unknown> {
  return {
    ...scalars,
    ...(totals
      ? {
          netTotal: formatMinor(totals.net),
          taxTotal: formatMinor(totals.tax),
          total: formatMinor(totals.total),
          lines: totals.lines.map((l) => ({
            position: l.position,
            name: l.name,
            sku: (l as { sku?: string }).sku ?? '',
            unit: l.unit,
            qty: qty(l.qtyMilli),
            unitPrice: formatMinor(l.unitPrice),
            discount: percent(l.discountBp),
            net: formatMinor(l.net),
            taxRate: percent(l.taxRateBp),
            tax: formatMinor(l.tax),
            total: formatMinor(l.total),
          })),
        }
      : { lines: [] }),
  };
}
