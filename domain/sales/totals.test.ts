import { describe, expect, it } from 'vitest';
import { formatMinor, mulDiv, parseAmount, toBasisPoints, toMilli } from './money.ts';
import { computeTotals } from './totals.ts';

describe('money in integers', () => {
  it('converts and rounds without floating point drift', () => {
    expect(toMilli(1.005)).toBe(1005);
    expect(() => toMilli(1.0005)).toThrow(/three decimals/);
    expect(toBasisPoints(20)).toBe(2000);
    expect(toBasisPoints(7.5)).toBe(750);
    expect(mulDiv(1, 1, 2)).toBe(1);
    expect(mulDiv(-1, 1, 2)).toBe(-1);
    expect(mulDiv(9_007_199_254, 1_000_000, 1_000)).toBe(9_007_199_254_000);
    expect(formatMinor(123456)).toBe('1234.56');
    expect(formatMinor(5)).toBe('0.05');
    expect(parseAmount('1 234,5')).toBe(123450);
    expect(parseAmount('12.345')).toBeNull();
  });
});

describe('invoice totals', () => {
  it('rounds each line once and sums the rounded lines', () => {
    const totals = computeTotals([
      { productId: 1, name: 'Pump', unit: 'pcs', qtyMilli: 3000, unitPrice: 3333, discountBp: 1000, taxRateBp: 2000 },
      { productId: null, name: 'Delivery', unit: 'svc', qtyMilli: 1500, unitPrice: 1001, discountBp: 0, taxRateBp: 700 },
    ]);
    // 3 x 33.33 = 99.99, less 10 % (10.00) = 89.99, VAT 20 % = 18.00
    expect(totals.lines[0]).toMatchObject({ position: 1, net: 8999, tax: 1800, total: 10_799 });
    // 1.5 x 10.01 = 15.015 → 15.02, VAT 7 % = 1.05
    expect(totals.lines[1]).toMatchObject({ position: 2, net: 1502, tax: 105, total: 1607 });
    expect(totals).toMatchObject({ net: 10_501, tax: 1905, total: 12_406 });
  });
});
