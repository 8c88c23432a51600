import type { SalesPlan } from './plan.entity.ts';
import type { Period } from './periods.ts';

/**
 * The plan a person is measured against in a period. `source` says where it comes from:
 * `month` / `quarter` the period's own plan (then `id` and `version` edit it), `months` the
 * month plans of a quarter that has none of its own, added up (`months` lists those found).
 * Amounts of different currencies are not added (the CRM keeps no exchange rates): then
 * `currency` and `amountWon` are null and `amounts` lists each currency's sum.
 */
export interface Target {
  source: 'month' | 'quarter' | 'months';
  id: number | null;
  version: number | null;
  months: string[];
  currency: string | null;
  amountWon: number | null;
  amounts: { currency: string; amount: number }[];
  dealsWon: number;
  interactionsDone: number;
}

/** `2026-Q4` → `['2026-10', '2026-11', '2026-12']`; a month → itself. */
export function monthsOf(period: Period): string[] {
  if (period.kind === 'month') return [period.key];
  const year = period.from.getUTCFullYear();
  const first = period.from.getUTCMonth();
  return [0, 1, 2].map((i) => `${year}-${String(first + i + 1).padStart(2, '0')}`);
}

function own(plan: SalesPlan, kind: Period['kind']): Target {
  const amount = Number(plan.amountWon);
  return {
    source: kind, id: plan.id, version: plan.version, months: [], currency: plan.currency, amountWon: amount,
    amounts: [{ currency: plan.currency, amount }], dealsWon: plan.dealsWon, interactionsDone: plan.interactionsDone,
  };
}

function summed(months: SalesPlan[]): Target {
  const byCurrency = new Map<string, number>();
  for (const m of months) byCurrency.set(m.currency, (byCurrency.get(m.currency) ?? 0) + Number(m.amountWon));
  const amounts = [...byCurrency].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ currency, amount }));
  const single = amounts.length === 1 ? amounts[0]! : null;
  return {
    source: 'months', id: null, version: null, months: months.map((m) => m.period).sort(),
    currency: single?.currency ?? null, amountWon: single?.amount ?? null, amounts,
    dealsWon: months.reduce((n, m) => n + m.dealsWon, 0), interactionsDone: months.reduce((n, m) => n + m.interactionsDone, 0),
  };
}

/** A person's target from the plans of the period and (for a quarter) of its months; the period's own plan wins. */
export function targetOf(period: Period, plans: SalesPlan[]): Target | null {
  const ownPlan = plans.find((p) => p.period === period.key);
  if (ownPlan) return own(ownPlan, period.kind);
  const months = plans.filter((p) => p.period !== period.key && monthsOf(period).includes(p.period));
  return period.kind === 'quarter' && months.length ? summed(months) : null;
}
