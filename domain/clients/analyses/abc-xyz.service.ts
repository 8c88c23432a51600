import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeCondition, type Access } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import { visibleCounterparty } from '../counterparties/scoped.ts';
import { sqlRows, sqlRun } from '../sql.ts';
import { abcXyzSql, type AbcXyzParams } from './abc-xyz.sql.ts';
import { analysisMemory } from './sales-months.sql.ts';

export interface ClassRow {
  counterpartyId: number;
  name: string;
  total: number;
  revenue: number;
  margin: number;
  share: number;
  abc: 'A' | 'B' | 'C';
  cv: number | null;
  xyz: 'X' | 'Y' | 'Z';
}

interface ItemRow { id: number; name: string; total: number; revenue: number; margin: number; share: number; abc: ClassRow['abc']; cv: number | null; xyz: ClassRow['xyz'] }

function check(p: AbcXyzParams): void {
  if (p.from > p.to) throw new DomainError('analysis.bad_period', '`from` is after `to`', 422, ['from']);
  if (p.a + p.b > 100) throw new DomainError('analysis.bad_thresholds', 'A and B shares add up to more than 100 %', 422, ['b']);
  if (p.x > p.y) throw new DomainError('analysis.bad_thresholds', 'X bound is above the Y bound', 422, ['x']);
}

/**
 * Classes are ranked over the whole base (a client's class does not depend on who looks),
 * but only the rows within the reader's scope (and of `responsibleId`, when given) are answered,
 * and the matrix counts only them.
 */
export async function abcXyz(em: EntityManager, access: Access, p: AbcXyzParams, limit = 1000, responsibleId?: number) {
  check(p);
  const q = abcXyzSql(p);
  const scope = scopeCondition(access, 'read', 'Counterparty', 'c');
  // One manager's clients (a head looking at a member): still within the reader's scope, classes still ranked over the whole base.
  const own = responsibleId ? { sql: ' and c.responsible_id = ?', params: [responsibleId] } : { sql: '', params: [] };
  // Only the page of items leaves the database; the count and the matrix are summed there
  // (a million classified clients would otherwise travel to be counted).
  const [answer] = await em.transactional(async (tx) => {
    await sqlRun(tx, analysisMemory);
    return sqlRows<{ items: ItemRow[] | null; cells: { cell: string; n: number }[] | null; clients: number }>(
      tx,
      `with result as (${q.sql}),
       visible as (select r.*, c.name from result r join counterparty c on c.id = r.id where ${scope.sql}${own.sql})
       select (select json_agg(t order by t.total desc, t.id) from (select * from visible order by total desc, id limit ?) t) as items,
              (select json_agg(m) from (select abc || xyz as cell, count(*)::int as n from visible group by 1) m) as cells,
              (select count(*)::int from visible) as clients`,
      [...q.params, ...scope.params, ...own.params, limit],
    );
  });
  const matrix: Record<string, number> = {};
  for (const a of ['A', 'B', 'C']) for (const x of ['X', 'Y', 'Z']) matrix[a + x] = 0;
  for (const c of answer?.cells ?? []) matrix[c.cell] = c.n;
  const items: ClassRow[] = (answer?.items ?? []).map((r) => ({
    counterpartyId: r.id, name: r.name, total: Number(r.total), revenue: Number(r.revenue), margin: Number(r.margin), share: r.share, abc: r.abc, cv: r.cv, xyz: r.xyz,
  }));
  return { period: { from: p.from, to: p.to }, measure: p.measure, thresholds: { a: p.a, b: p.b, c: 100 - p.a - p.b, x: p.x, y: p.y }, clients: answer?.clients ?? 0, matrix, items };
}

/**
 * Stores the classes of every client in one transaction: a history row each, and the current
 * classes replaced as a whole in `client_current_class` (clients without sales in the period
 * lose theirs). Both are bulk INSERT ... SELECT from one computed result; client rows are not
 * touched, so neither their many indexes nor editors' If-Match versions are.
 */
export async function recalculateAbcXyz(em: EntityManager, access: Access, p: AbcXyzParams): Promise<{ classified: number; cleared: number }> {
  check(p);
  const q = abcXyzSql(p);
  return em.transactional(async (tx) => {
    // Two recalculations at once would both empty and refill the current classes: one waits.
    await sqlRows(tx, "select pg_advisory_xact_lock(hashtext('client_current_class'))");
    await sqlRun(tx, analysisMemory);
    await sqlRun(tx, `create temporary table abc_result on commit drop as ${q.sql}`, q.params);
    // Without statistics the planner takes the result for a few rows and joins it row by row.
    await sqlRun(tx, 'analyze abc_result');
    const classified = await sqlRun(
      tx,
      `insert into client_class (counterparty_id, measure, period_from, period_to, abc, xyz, total, share, variation, computed_at, computed_by)
       select id, ?, ?::date, ?::date, abc, xyz, total, share, cv, now(), ? from abc_result`,
      [p.measure, p.from, p.to, access.userId],
    );
    const cleared = await sqlRun(tx, 'delete from client_current_class k where not exists (select 1 from abc_result r where r.id = k.counterparty_id)');
    // Replaced, not updated row by row: readers keep seeing the previous classes until commit.
    await sqlRun(tx, 'delete from client_current_class');
    await sqlRun(
      tx,
      `insert into client_current_class (counterparty_id, abc, xyz, measure, period_from, period_to, total, share, variation, computed_at, computed_by)
       select id, abc, xyz, ?, ?::date, ?::date, total, share, cv, now(), ? from abc_result`,
      [p.measure, p.from, p.to, access.userId],
    );
    await sqlRun(tx, 'analyze client_current_class');
    return { classified, cleared };
  });
}

/** A client's class history, newest first. */
export async function classHistory(em: EntityManager, access: Access, counterpartyId: number) {
  await visibleCounterparty(em, access, counterpartyId);
  const rows = await sqlRows<{ measure: string; period_from: string; period_to: string; abc: string; xyz: string; total: string; share: number; variation: number | null; computed_at: Date }>(
    em,
    `select measure, to_char(period_from, 'YYYY-MM-DD') as period_from, to_char(period_to, 'YYYY-MM-DD') as period_to, abc, xyz, total, share, variation, computed_at
     from client_class where counterparty_id = ? order by computed_at desc, id desc limit 500`,
    [counterpartyId],
  );
  return rows.map((r) => ({ measure: r.measure, from: r.period_from, to: r.period_to, abc: r.abc, xyz: r.xyz, total: Number(r.total), share: r.share, cv: r.variation, computedAt: new Date(r.computed_at).toISOString() }));
}
