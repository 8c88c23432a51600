import { mulDiv } from './money.ts';

export interface LineInput {
  productId: number | null;
  name: string;
  unit: string;
  qtyMilli: number;
  unitPrice: number;
  discountBp: number;
  taxRateBp: number;
}

export interface Line extends LineInput {
  position: number;
  net: number;
  tax: number;
  total: number;
}

export interface Totals {
  lines: Line[];
  net: number;
  tax: number;
  total: number;
}

/**
 * Line net = qty x unit price less the discount, rounded once to minor units; tax per line
 * on the rounded net (as Ukrainian and Slovak invoices show it); document totals are sums
 * of the rounded lines, so the printed lines always add up to the printed total.
 */
export function computeTotals(inputs: LineInput[]): Totals {
  const lines = inputs.map((l, i) => {
    const gross = mulDiv(l.qtyMilli, l.unitPrice, 1000);
    const net = gross - mulDiv(gross, l.discountBp, 10_000);
    const tax = mulDiv(net, l.taxRateBp, 10_000);
    return { ...l, position: i + 1, net, tax, total: net + tax };
  });
  const sum = (k: 'net' | 'tax' | 'total') => lines.reduce((s, l) => s + l[k], 0);
  return { lines, net: sum('net'), tax: sum('tax'), total: sum('total') };
}
