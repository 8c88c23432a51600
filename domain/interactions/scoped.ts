import { LockMode } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { scopeCondition, scopeOf, type Access, type Action, type SqlCondition } from '../access/index.ts';
import { DomainError } from '../errors.ts';
import { InteractionSchema, type Interaction } from './interaction.entity.ts';

/**
 * The actor's reach over interactions as SQL on `alias`: by the role's Interaction scope
 * (responsible / team), plus those of clients within their Counterparty scope, plus (for
 * reading) those they take part in. A role without an Interaction grant gets 403.
 */
export function interactionScope(access: Access, action: Action, alias = 'i'): SqlCondition {
  const own = scopeCondition(access, action, 'Interaction', alias);
  if (own.sql === 'true') return own;
  const parts = [own.sql];
  const params = [...own.params];
  if (action === 'read') {
    parts.push(`${alias}.participant_ids @> ?::jsonb`);
    params.push(JSON.stringify([access.userId]));
  }
  const clientAction = action === 'read' ? 'read' : 'update';
  if (scopeOf(access.ability, clientAction, 'Counterparty')) {
    const client = scopeCondition(access, clientAction, 'Counterparty', 'sc');
    parts.push(`${alias}.counterparty_id in (select sc.id from counterparty sc where ${client.sql})`);
    params.push(...client.params);
  }
  return { sql: `(${parts.join(' or ')})`, params };
}

export function scopedInteractions(em: EntityManager, access: Access, action: Action = 'read'): QueryBuilder<Interaction, 'i'> {
  const cond = interactionScope(access, action, 'i');
  const qb = em.createQueryBuilder(InteractionSchema, 'i').select('*');
  if (cond.sql !== 'true') qb.where(cond.sql, cond.params);
  return qb as unknown as QueryBuilder<Interaction, 'i'>;
}

/** One interaction within reach; any other gets the same 404 as a missing one. */
export async function visibleInteraction(em: EntityManager, access: Access, id: number, action: Action = 'read', lock = false): Promise<Interaction> {
  const qb = scopedInteractions(em, access, action).andWhere({ id });
  if (lock) qb.setLockMode(LockMode.PESSIMISTIC_WRITE);
  const found = await qb.getSingleResult();
  if (!found) throw new DomainError('interaction.not_found', 'No such interaction', 404);
  return found;
}
