import type { EntityManager } from '@mikro-orm/postgresql';
import { UserSchema, type Access } from '../access/index.ts';
import { bulkUpdate } from '../clients/index.ts';
import { DomainError } from '../errors.ts';
import { delegateTask, TaskSchema, type Task } from '../processes/index.ts';
import { DealSchema, updateDeal } from '../sales/index.ts';

/** The colleague who takes work over must be someone else who can still log in. */
async function checkHeir(em: EntityManager, fromUserId: number, toUserId: number): Promise<void> {
  if (fromUserId === toUserId) throw new DomainError('user.same_person', 'Pick someone else to take the work over', 422, ['toUserId']);
  const target = await em.findOne(UserSchema, { id: toUserId });
  if (!target) throw new DomainError('user.not_found', `No user with id ${toUserId}`, 422, ['toUserId']);
  if (!target.active) throw new DomainError('user.inactive', `${target.displayName} is deactivated`, 422, ['toUserId']);
}

/**
 * Hands every live client of one colleague to another through the client base's own bulk
 * "assign responsible" (same scope checks, same change history), so a leaver's clients are not orphaned.
 */
export async function reassignClients(em: EntityManager, access: Access, fromUserId: number, toUserId: number): Promise<{ updated: number }> {
  await checkHeir(em, fromUserId, toUserId);
  const rows = await em.getConnection().execute<{ id: number }[]>(
    'select id from counterparty where responsible_id = ? and merged_into_id is null order by id',
    [fromUserId],
  );
  if (!rows.length) return { updated: 0 };
  return bulkUpdate(em, access, rows.map((r) => r.id), { type: 'assign', responsibleId: toUserId });
}

/**
 * Hands a colleague's open tasks and open deals to another: each task is delegated as the inbox
 * does it (logged in its process's history), each deal's responsible changed as its page does it
 * (kept in the deal's history), so a leaver's work does not stall in an inbox nobody opens.
 */
export async function handOverWork(em: EntityManager, access: Access, fromUserId: number, toUserId: number): Promise<{ tasks: Task[]; deals: number }> {
  await checkHeir(em, fromUserId, toUserId);
  const actor = { id: access.userId, roles: access.roles };
  const open = await em.find(TaskSchema, { assigneeId: fromUserId, status: 'open' }, { orderBy: { createdAt: 'asc' } });
  const tasks: Task[] = [];
  for (const task of open) tasks.push(await delegateTask(em.fork(), task.id, actor, toUserId, task.version));
  const deals = await em.find(DealSchema, { responsibleId: fromUserId, status: 'open' }, { orderBy: { id: 'asc' } });
  for (const deal of deals) await updateDeal(em.fork(), access, deal.id, deal.version, { responsibleId: toUserId });
  return { tasks, deals: deals.length };
}
