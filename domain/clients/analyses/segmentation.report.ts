import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeCondition, type Access } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import { sqlRows, sqlRun } from '../sql.ts';
import { analysisMemory, salesPerMonthSql } from './sales-months.sql.ts';

export const dimensions = ['industry', 'region', 'size', 'abcClass', 'xyzClass', 'status'] as const;

/**
 * Counts and revenue of the live clients within the reader's scope, by each dimension
 * (one grouping set each); revenue is summed over sales in [from, to] (monthly totals, lines only at the edges).
 */
export async function segmentationReport(em: EntityManager, access: Access, from: string, to: string) {
  if (from > to) throw new DomainError('analysis.bad_period', '`from` is after `to`', 422, ['query.from']);
  const scope = scopeCondition(access, 'read', 'Counterparty', 'c');
  const months = salesPerMonthSql(from, to);
  const rows = await em.transactional(async (tx) => {
    await sqlRun(tx, analysisMemory);
    return sqlRows<{ industry: string | null; region: string | null; size: string | null; abc_class: string | null; xyz_class: string | null; status: string | null; g: number; clients: string; revenue: string; margin: string }>(
    tx,
    `with sales as (select id, sum(rev) as revenue, sum(mar) as margin from (${months.sql}) m group by 1)
     select c.industry, c.region, c.size, k.abc as abc_class, k.xyz as xyz_class, c.status,
       grouping(c.industry, c.region, c.size, k.abc, k.xyz, c.status) as g,
       count(*) as clients, coalesce(sum(s.revenue), 0) as revenue, coalesce(sum(s.margin), 0) as margin
     from counterparty c left join sales s on s.id = c.id left join client_current_class k on k.counterparty_id = c.id
     where c.merged_into_id is null and ${scope.sql}
     group by grouping sets ((c.industry), (c.region), (c.size), (k.abc), (k.xyz), (c.status))`,
    [...months.params, ...scope.params],
  );
  });
  const columns = ['industry', 'region', 'size', 'abc_class', 'xyz_class', 'status'] as const;
  const out: Record<string, { value: string | null; clients: number; revenue: number; margin: number }[]> = Object.fromEntries(dimensions.map((d) => [d, []]));
  for (const r of rows) {
    // grouping() sets a bit for each column not grouped; the one clear bit names the dimension.
    const i = columns.findIndex((_, k) => ((r.g >> (columns.length - 1 - k)) & 1) === 0);
    out[dimensions[i]!]!.push({ value: r[columns[i]!] ?? null, clients: Number(r.clients), revenue: Number(r.revenue), margin: Number(r.margin) });
  }
  for (const d of dimensions) out[d]!.sort((a, b) => b.revenue - a.revenue || b.clients - a.clients || String(a.value).localeCompare(String(b.value)));
  return { period: { from, to }, ...out };
}
