import type { EntityManager } from '@mikro-orm/postgresql';
import { UserSchema, type Access } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import { scopedCounterparties } from './scoped.ts';

/** The responsible user must exist and be active; returns their team, which the record follows. */
export async function responsibleTeam(em: EntityManager, userId: number): Promise<number | null> {
  const user = await em.findOne(UserSchema, { id: userId, active: true }, { fields: ['id', 'teamId'] });
  if (!user) throw new DomainError('counterparty.unknown_responsible', `No active user with id ${userId}`, 422, ['responsibleId']);
  return user.teamId ?? null;
}

/** The parent must be a counterparty the actor can see, and not the record itself or its descendant. */
export async function assertParent(em: EntityManager, access: Access, parentId: number, selfId?: number): Promise<void> {
  const visible = await scopedCounterparties(em, access, 'read').andWhere({ id: parentId }).getCount();
  if (!visible) throw new DomainError('counterparty.unknown_parent', `No counterparty with id ${parentId}`, 422, ['parentId']);
  if (selfId === undefined) return;
  const rows = await em.getConnection().execute<{ id: number }[]>(
    `with recursive up(id) as (select ?::int union select c.parent_id from counterparty c join up on c.id = up.id where c.parent_id is not null)
     select id from up where id = ?`,
    [parentId, selfId],
  );
  if (rows.length) throw new DomainError('counterparty.parent_cycle', 'A company cannot be its own parent or ancestor', 422, ['parentId']);
}
