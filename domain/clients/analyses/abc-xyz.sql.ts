import type { Sql } from '../segments/compile.ts';

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
 * (months without sales count as zero). Ties rank by id so the result is stable.
 */
export function abcXyzSql(p: AbcXyzParams): Sql {
  const sql = `
    with per_month as (
      select s.counterparty_id as id, date_trunc('month', s.date) as m, sum(s.revenue) as rev, sum(s.margin) as mar
      from sales_line s join counterparty c on c.id = s.counterparty_id and c.merged_into_id is null
      where s.date >= ?::date and s.date <= ?::date
      group by 1, 2),
    span as (
      select ((date_part('year', ?::date) - date_part('year', ?::date)) * 12 + date_part('month', ?::date) - date_part('month', ?::date) + 1)::float8 as n),
    per_client as (
      select id, sum(rev) as revenue, sum(mar) as margin, sum(rev * rev)::float8 as sq from per_month group by id),
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
  return { sql, params: [p.from, p.to, p.to, p.from, p.to, p.from, p.a, p.a + p.b, p.x, p.y] };
}
