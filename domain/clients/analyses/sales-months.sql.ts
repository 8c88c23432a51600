import type { Sql } from '../segments/compile.ts';

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The whole calendar months inside [from, to] as [start, end): `start` is the first month
 * beginning on or after `from`, `end` the first day after the last month ending on or before
 * `to`. Empty (start >= end) when the period holds no whole month.
 */
export function wholeMonths(from: string, to: string): { start: string; end: string } {
  const f = new Date(`${from}T00:00:00Z`);
  const start = f.getUTCDate() === 1 ? f : new Date(Date.UTC(f.getUTCFullYear(), f.getUTCMonth() + 1, 1));
  const afterTo = nextDay(to);
  const end = afterTo.endsWith('-01') ? afterTo : `${to.slice(0, 7)}-01`;
  return { start: day(start), end };
}

/**
 * Sales of [from, to] per client and month as (id, m, rev, mar): whole months come from the
 * monthly totals kept by triggers (`sales_month`), and only the partial months at the edges of
 * the period are summed from the lines themselves. Sums of exact numerics, so the figures are
 * the same as summing every line.
 */
export function salesPerMonthSql(from: string, to: string): Sql {
  const { start, end } = wholeMonths(from, to);
  const whole = { sql: 'select counterparty_id as id, month as m, revenue as rev, margin as mar from sales_month where month >= ?::date and month < ?::date', params: [start, end] };
  const edges = {
    sql: `select counterparty_id as id, date_trunc('month', date)::date as m, sum(revenue) as rev, sum(margin) as mar
      from sales_line where date >= ?::date and date <= ?::date and not (date >= ?::date and date < ?::date) group by 1, 2`,
    params: [from, to, start, end],
  };
  // A period of whole months reads the totals alone, so the planner keeps their statistics.
  if (start === from && end === nextDay(to)) return whole;
  if (start >= end) return edges;
  // A month is either whole (in sales_month) or at an edge (from lines), never both: no regrouping.
  return { sql: `${whole.sql} union all ${edges.sql}`, params: [...whole.params, ...edges.params] };
}

function nextDay(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  return day(new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate() + 1)));
}

/**
 * Analyses hash and sort a row or two per client (a million at scale): with the default 4 MB
 * they spill to disk. Applies to the caller's transaction only.
 */
export const analysisMemory = "set local work_mem = '64MB'";
