import { describe, expect, it } from 'vitest';
import type { SalesPlan } from './plan.entity.ts';
import { parsePeriod } from './periods.ts';
import { monthsOf, targetOf } from './targets.ts';

let id = 0;
const plan = (period: string, currency: string, amountWon: number, dealsWon = 1, interactionsDone = 2) =>
  ({ id: ++id, userId: 7, period, currency, amountWon, dealsWon, interactionsDone, setBy: 1, version: 1 }) as unknown as SalesPlan;

describe('plan targets', () => {
  it('names the months of a quarter, across the year end', () => {
    expect(monthsOf(parsePeriod('2026-Q4')!)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(monthsOf(parsePeriod('2027-Q1')!)).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(monthsOf(parsePeriod('2026-11')!)).toEqual(['2026-11']);
  });

  it("adds up a quarter's month plans in one currency, and only its own months", () => {
    const t = targetOf(parsePeriod('2026-Q4')!, [plan('2026-12', 'UAH', 300, 2, 5), plan('2026-10', 'UAH', 100, 1, 1), plan('2026-09', 'UAH', 99_999, 9, 9)]);
    expect(t).toEqual({ source: 'months', id: null, version: null, months: ['2026-10', '2026-12'], currency: 'UAH', amountWon: 400, amounts: [{ currency: 'UAH', amount: 400 }], dealsWon: 3, interactionsDone: 6 });
  });

  it('lists amounts per currency instead of adding different currencies', () => {
    const t = targetOf(parsePeriod('2026-Q4')!, [plan('2026-10', 'UAH', 100), plan('2026-11', 'EUR', 5), plan('2026-12', 'UAH', 50)]);
    expect(t).toMatchObject({ currency: null, amountWon: null, amounts: [{ currency: 'EUR', amount: 5 }, { currency: 'UAH', amount: 150 }], dealsWon: 3, interactionsDone: 6 });
  });

  it("takes the period's own plan over its months, and has none without plans", () => {
    const own = plan('2026-Q4', 'EUR', 1_000, 10, 20);
    expect(targetOf(parsePeriod('2026-Q4')!, [plan('2026-10', 'UAH', 100), own])).toMatchObject({ source: 'quarter', id: own.id, currency: 'EUR', amountWon: 1_000 });
    expect(targetOf(parsePeriod('2026-11')!, [plan('2026-Q4', 'UAH', 5)])).toBeNull();
    expect(targetOf(parsePeriod('2026-Q4')!, [])).toBeNull();
  });
});
