import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../access/index.ts';
import { DomainError } from '../errors.ts';
import type { Interaction, InteractionKind, interactionStateFilters } from './interaction.entity.ts';
import { scopedInteractions } from './scoped.ts';

export interface InteractionQuery {
  counterpartyId?: number;
  responsibleId?: number;
  kind?: InteractionKind[];
  state?: (typeof interactionStateFilters)[number];
  /** Period on the interaction's time: from inclusive, to exclusive. */
  from?: Date;
  to?: Date;
  sort: 'at' | '-at';
  limit: number;
  cursor?: string;
}

function decodeCursor(cursor: string): [string, number] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && !Number.isNaN(Date.parse(v[0])) && Number.isInteger(v[1])) return v as [string, number];
  } catch {
    // refused below
  }
  throw new DomainError('bad_cursor', 'The cursor is not one this API gave out', 400, ['cursor']);
}

/** A page of interactions within reach, in a stable order (time, then id). */
export async function listInteractions(em: EntityManager, access: Access, q: InteractionQuery): Promise<{ items: Interaction[]; nextCursor: string | null }> {
  const qb = scopedInteractions(em, access, 'read');
  if (q.counterpartyId) qb.andWhere({ counterpartyId: q.counterpartyId });
  if (q.responsibleId) qb.andWhere({ responsibleId: q.responsibleId });
  if (q.kind?.length) qb.andWhere({ kind: { $in: q.kind } });
  if (q.state === 'overdue') qb.andWhere(`i.state = 'planned' and i.at < now()`);
  else if (q.state) qb.andWhere({ state: q.state });
  if (q.from) qb.andWhere({ at: { $gte: q.from } });
  if (q.to) qb.andWhere({ at: { $lt: q.to } });
  const desc = q.sort === '-at';
  if (q.cursor) {
    const [at, id] = decodeCursor(q.cursor);
    qb.andWhere(`(i.at, i.id) ${desc ? '<' : '>'} (?::timestamptz, ?)`, [at, id]);
  }
  const dir = desc ? 'desc' : 'asc';
  const rows = await qb.orderBy([{ at: dir }, { id: dir }]).limit(q.limit + 1).getResult();
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  const nextCursor = rows.length > q.limit && last ? Buffer.from(JSON.stringify([last.at.toISOString(), last.id])).toString('base64url') : null;
  return { items, nextCursor };
}

/** Derived state for the answer: a planned interaction whose time has passed is overdue. */
export const isOverdue = (i: Interaction, now = new Date()) => i.state === 'planned' && i.at.getTime() < now.getTime();
