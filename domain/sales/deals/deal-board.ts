import { raw, type EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../../access/index.ts';
import { getVersion, ProcessDefinitionSchema } from '../../processes/index.ts';
import type { Deal } from './deal.entity.ts';
import { searchDeals } from './deal-search.ts';
import { dealsInReach } from './deals.service.ts';
import { stageOrder } from './moves.ts';

/** What narrows the board; every filter is applied in SQL, inside the reader's reach. */
export interface BoardFilter {
  processKey: string;
  responsibleId?: number;
  counterpartyId?: number;
  search?: string;
}

export interface BoardColumn {
  /** null: deals whose process has not placed them on a stage yet. */
  stage: string | null;
  /** Every deal of the stage that passes the filter, not only the cards sent. */
  count: number;
  /** Sum of the stage's deals per currency (minor units): amounts in different currencies are never added up. */
  amounts: Record<string, number>;
  cards: Deal[];
  /** Offset of the next cards of this stage, or null when all were sent. */
  nextOffset: number | null;
}

function filtered(em: EntityManager, access: Access, f: BoardFilter) {
  const qb = searchDeals(dealsInReach(em, access), f.search).andWhere({ processKey: f.processKey });
  if (f.responsibleId) qb.andWhere({ responsibleId: f.responsibleId });
  if (f.counterpartyId) qb.andWhere({ counterpartyId: f.counterpartyId });
  return qb;
}

/**
 * One stage's cards, a page at a time: soonest expected close first (deals without a date
 * after those with one), then the most recently touched, so what needs attention is on top.
 */
export async function stageCards(em: EntityManager, access: Access, f: BoardFilter, stage: string | null, offset: number, limit: number) {
  const rows = await filtered(em, access, f)
    .andWhere({ stage })
    .orderBy([{ expectedCloseDate: 'asc nulls last' }, { updatedAt: 'desc' }, { id: 'desc' }])
    .offset(offset)
    .limit(limit + 1)
    .getResult();
  return { cards: rows.slice(0, limit), nextOffset: rows.length > limit ? offset + limit : null };
}

/** Count and per-currency sum of every stage, from one grouped query. */
async function stageTotals(em: EntityManager, access: Access, f: BoardFilter) {
  const rows = await filtered(em, access, f)
    .select(['d.stage', 'd.currency', raw('count(*)::int as n'), raw('sum(d.amount)::text as total')])
    .groupBy(['d.stage', 'd.currency'])
    .execute<{ stage: string | null; currency: string; n: number; total: string }[]>('all');
  const totals = new Map<string | null, { count: number; amounts: Record<string, number> }>();
  for (const r of rows) {
    const t = totals.get(r.stage) ?? { count: 0, amounts: {} };
    t.count += Number(r.n);
    t.amounts[r.currency] = Number(r.total);
    totals.set(r.stage, t);
  }
  return totals;
}

/** The stages of the process's active version in funnel order ([] for an unknown key). */
async function processStages(em: EntityManager, processKey: string): Promise<string[]> {
  const definition = await em.findOne(ProcessDefinitionSchema, { key: processKey });
  if (!definition) return [];
  const version = definition.activeVersion ?? definition.latestVersion;
  return stageOrder((await getVersion(em, processKey, version, 'graph')).graph);
}

/**
 * The deals board of a process: a column per stage of its model (then any other stage deals
 * are in, and deals not placed yet) with the stage's full count and sums and its first cards.
 */
export async function dealBoard(em: EntityManager, access: Access, f: BoardFilter, limit: number): Promise<{ stages: string[]; columns: BoardColumn[] }> {
  const stages = await processStages(em, f.processKey);
  const totals = await stageTotals(em, access, f);
  const others = [...totals.keys()].filter((s): s is string => s !== null && !stages.includes(s)).sort();
  const keys: (string | null)[] = [...stages, ...others, ...(totals.has(null) ? [null] : [])];
  const columns: BoardColumn[] = [];
  for (const stage of keys) {
    const t = totals.get(stage) ?? { count: 0, amounts: {} };
    const page = t.count ? await stageCards(em, access, f, stage, 0, limit) : { cards: [], nextOffset: null };
    columns.push({ stage, ...t, ...page });
  }
  return { stages, columns };
}
