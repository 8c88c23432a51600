import { LockMode } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { scopeCondition, type Access, type Action } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import { CounterpartySchema, type Counterparty } from './counterparty.entity.ts';

/**
 * Counterparties within the actor's reach for an action, as a query on alias `c`. Lists,
 * search, cards, dossiers, bulk edits and exports all start here, so the scope lives in SQL.
 */
export function scopedCounterparties(em: EntityManager, access: Access, action: Action = 'read'): QueryBuilder<Counterparty, 'c'> {
  const cond = scopeCondition(access, action, 'Counterparty', 'c');
  const qb = em.createQueryBuilder(CounterpartySchema, 'c').select('*').where('c.merged_into_id is null');
  if (cond.sql !== 'true') qb.andWhere(cond.sql, cond.params);
  return qb as unknown as QueryBuilder<Counterparty, 'c'>;
}

/** One counterparty the actor may reach; others get the same 404 as a missing one (no existence leak). */
export async function visibleCounterparty(em: EntityManager, access: Access, id: number, action: Action = 'read', lock = false): Promise<Counterparty> {
  const qb = scopedCounterparties(em, access, action).andWhere({ id });
  if (lock) qb.setLockMode(LockMode.PESSIMISTIC_WRITE);
  const found = await qb.getSingleResult();
  if (!found) throw new DomainError('counterparty.not_found', 'No such counterparty', 404);
  return found;
}

/**
 * The survivor a merged record (tombstone) points at, when the actor may see the tombstone;
 * null otherwise, so a tombstone out of reach answers like a missing record.
 */
export async function mergedInto(em: EntityManager, access: Access, id: number): Promise<number | null> {
  const cond = scopeCondition(access, 'read', 'Counterparty', 'c');
  const qb = em.createQueryBuilder(CounterpartySchema, 'c').select(['id', 'mergedIntoId']).where({ id }).andWhere('c.merged_into_id is not null');
  if (cond.sql !== 'true') qb.andWhere(cond.sql, cond.params);
  const row = await qb.getSingleResult();
  return row?.mergedIntoId ?? null;
}

/** After a write: the record must still be within the actor's reach, or the transaction is undone. */
export async function assertStillReachable(em: EntityManager, access: Access, ids: number[]): Promise<void> {
  const reachable = await scopedCounterparties(em, access, 'update').andWhere({ id: { $in: ids } }).getCount();
  if (reachable !== ids.length) {
    throw new DomainError('counterparty.out_of_reach', 'The change would move the record out of your reach (responsible or team)', 403, ['responsibleId']);
  }
}
