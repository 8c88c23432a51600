import type { EntityManager } from '@mikro-orm/postgresql';
import { UserSchema, type Access } from '../access/index.ts';
import { bulkUpdate } from '../clients/index.ts';
import { DomainError } from '../errors.ts';

/**
 * Hands every live client of one colleague to another through the client base's own bulk
 * "assign responsible" (same scope checks, same change history), so a leaver's clients are not orphaned.
 */
export async function reassignClients(em: EntityManager, access: Access, fromUserId: number, toUserId: number): Promise<{ updated: number }> {
  if (fromUserId === toUserId) throw new DomainError('user.same_person', 'Pick someone else to take the clients over', 422, ['toUserId']);
  const target = await em.findOne(UserSchema, { id: toUserId });
  if (!target) throw new DomainError('user.not_found', `No user with id ${toUserId}`, 422, ['toUserId']);
  if (!target.active) throw new DomainError('user.inactive', `${target.displayName} is deactivated`, 422, ['toUserId']);
  const rows = await em.getConnection().execute<{ id: number }[]>(
    'select id from counterparty where responsible_id = ? and merged_into_id is null order by id',
    [fromUserId],
  );
  if (!rows.length) return { updated: 0 };
  return bulkUpdate(em, access, rows.map((r) => r.id), { type: 'assign', responsibleId: toUserId });
}
