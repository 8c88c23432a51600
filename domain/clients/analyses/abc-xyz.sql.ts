import type { Sql } from '../segments/compile.ts';
import { salesPerMonthSql } from './sales-months.sql.ts';

export const measures = ['revenue', 'margin'] as const;
export type Measure = (typeof measures)[number];

export interface AbcXyzParams {
  from: string;
  to: string;
  measure: Measure;
  /** Class shares in percent, A then B (C is the rest): default 80 / 15 / 5. */
  a: number;
  b: number;
  /** Upper bounds of the coefficient of variation in percent: X <= x, Y <= y, Z above. */
  x: number;
  y: number;
}

/** Chosen from a fixed map, never from input text. */
const measureColumn: Record<Measure, string> = { revenue: 'revenue', margin: 'margin' };

/**
 * Per live client with sales in [from, to]: total of the measure, its share, ABC by the
 * cumulative share of the clients ranked before it (the client crossing 80 % is still A),
 * and XYZ by the coefficient of variation of monthly revenue over every month of the period
 * (months without sales count as zero). Ties rank by id so the result is stable. Monthly
 * sales come from the kept monthly totals (see salesPerMonthSql), not from every line.
 */
export function abcXyzSql(p: AbcXyzParams): Sql {
  const months = salesPerMonthSql(p.from, p.to);
  const sql = `
    with all_clients as (
      select s.id, sum(s.rev) as revenue, sum(s.mar) as margin, sum(s.rev::float8 * s.rev::float8) as sq from (${months.sql}) s group by s.id),
    span as (
      select ((date_part('year', ?::date) - date_part('year', ?::date)) * 12 + date_part('month', ?::date) - date_part('month', ?::date) + 1)::float8 as n),
    -- Summed first, then matched to live clients: one row per client joins, not one per month.
    per_client as (
      select a.* from all_clients a join counterparty c on c.id = a.id and c.merged_into_id is null),
    ranked as (
      select pc.*, pc.${measureColumn[p.measure]} as total, sum(pc.${measureColumn[p.measure]}) over () as grand,
        coalesce(sum(pc.${measureColumn[p.measure]}) over (order by pc.${measureColumn[p.measure]} desc, pc.id rows between unbounded preceding and 1 preceding), 0) as before
      from per_client pc),
    classified as (
      select r.id, r.total, r.revenue, r.margin,
        case when r.grand > 0 then (r.total / r.grand)::float8 else 0 end as share,
        case when r.grand > 0 and r.total > 0 and r.before * 100 < ? * r.grand then 'A'
             when r.grand > 0 and r.total > 0 and r.before * 100 < ? * r.grand then 'B' else 'C' end as abc,
        case when r.revenue > 0 then sqrt(greatest(r.sq / span.n - (r.revenue::float8 / span.n) ^ 2, 0)) / (r.revenue::float8 / span.n) end as cv
      from ranked r, span)
    select id, total::float8 as total, revenue::float8 as revenue, margin::float8 as margin, share, abc, cv,
      case when cv is not null and cv * 100 <= ? then 'X' when cv is not null and cv * 100 <= ? then 'Y' else 'Z' end as xyz
    from classified`;
  return { sql, params: [...months.params, p.to, p.from, p.to, p.from, p.a, p.a + p.b, p.x, p.y] };
}
