import { raw, type EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import { classCondition } from '../analyses/current-class.sql.ts';
import type { Counterparty } from './counterparty.entity.ts';
import { scopedCounterparties } from './scoped.ts';
import { searchCondition, searchPlan } from './search.ts';

export const sortKeys = ['name', '-name', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'] as const;
export type SortKey = (typeof sortKeys)[number];

export interface CounterpartyFilter {
  status?: string[];
  tags?: string[];
  kind?: string;
  relationship?: string;
  responsibleId?: number;
  teamId?: number;
  industry?: string;
  region?: string;
  /** Current ABC / XYZ class, any of (`client_current_class`). */
  abcClass?: string[];
  xyzClass?: string[];
  /** Text search: from three characters on, contained in name, tax id, phone or e-mail (trigram-indexed); shorter, the name's start. */
  q?: string;
  /** A parameterised condition on alias `c` built by another part of the module (a segment's rules). */
  where?: { sql: string; params: unknown[] };
}

export interface ListQuery extends CounterpartyFilter {
  sort: SortKey;
  limit: number;
  cursor?: string;
}

const columns = { name: 'c.name', createdAt: 'c.created_at', updatedAt: 'c.updated_at' } as const;

/** The filters as SQL on top of the actor's scope. */
export function filteredCounterparties(em: EntityManager, access: Access, f: CounterpartyFilter, action: 'read' | 'update' | 'export' = 'read') {
  const qb = scopedCounterparties(em, access, action);
  if (f.status?.length) qb.andWhere({ status: { $in: f.status as Counterparty['status'][] } });
  if (f.kind) qb.andWhere({ kind: f.kind as Counterparty['kind'] });
  if (f.responsibleId) qb.andWhere({ responsibleId: f.responsibleId });
  if (f.teamId) qb.andWhere({ teamId: f.teamId });
  if (f.industry) qb.andWhere({ industry: f.industry });
  if (f.region) qb.andWhere({ region: f.region });
  if (f.tags?.length) qb.andWhere('c.tags @> ?::jsonb', [JSON.stringify(f.tags)]);
  if (f.relationship) qb.andWhere('c.relationships @> ?::jsonb', [JSON.stringify([f.relationship])]);
  for (const field of ['abcClass', 'xyzClass'] as const) {
    const values = f[field];
    if (values?.length) {
      const cond = classCondition(field, 'in', values);
      qb.andWhere(cond.sql, cond.params);
    }
  }
  if (f.where) qb.andWhere(f.where.sql, f.where.params);
  if (f.q?.trim()) {
    const search = searchCondition(f.q);
    qb.andWhere(search.sql, search.params);
  }
  return qb;
}

function decodeCursor(cursor: string): [string, number] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && Number.isInteger(value[1])) return value as [string, number];
  } catch {
    // falls through to the refusal below
  }
  throw new DomainError('bad_cursor', 'The cursor is not one this API gave out', 400, ['cursor']);
}

const encodeCursor = (value: string, id: number) => Buffer.from(JSON.stringify([value, id])).toString('base64url');

/** One page in a stable order (sort key, then id); `nextCursor` continues after the last row. */
export async function listCounterparties(em: EntityManager, access: Access, query: ListQuery): Promise<{ items: Counterparty[]; nextCursor: string | null }> {
  const desc = query.sort.startsWith('-');
  const key = query.sort.replace('-', '') as keyof typeof columns;
  const column = columns[key];
  const qb = filteredCounterparties(em, access, { ...query, q: undefined });
  let sortBy: string = key;
  if (query.q?.trim()) {
    const plan = await searchPlan(em, query.q, key === 'name');
    if ('ids' in plan) qb.andWhere({ id: { $in: plan.ids } });
    else qb.andWhere(plan.where.sql, plan.where.params);
    // The same order, written so that no index offers it: the matches are found, then sorted.
    if ('sortMatches' in plan) sortBy = raw(`${column} || ''`);
  }
  if (query.cursor) {
    const [value, id] = decodeCursor(query.cursor);
    const cast = key === 'name' ? '' : '::timestamptz';
    qb.andWhere(`(${column}, c.id) ${desc ? '<' : '>'} (?${cast}, ?)`, [value, id]);
  }
  const dir = desc ? 'desc' : 'asc';
  const rows = await qb.orderBy([{ [sortBy]: dir }, { id: dir }]).limit(query.limit + 1).getResult();
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  const lastValue = last ? (key === 'name' ? last.name : last[key].toISOString()) : null;
  return { items, nextCursor: rows.length > query.limit && last && lastValue !== null ? encodeCursor(lastValue, last.id) : null };
}
