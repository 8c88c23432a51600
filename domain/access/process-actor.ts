import { createMongoAbility } from '@casl/ability';
import type { AppAbility } from './abilities.ts';
import type { Access } from './access.service.ts';

/**
 * The access of a running process when one of its steps changes a record (the "update record"
 * connector). It is nobody's login: it reads and updates client records and deals at any reach
 * but never creates, deletes or exports, and `process` names the instance so history shows the
 * process, not a person, as the author. `userId` 0 is no user: services that default a
 * responsible to the actor are not reached through it (the connector sends explicit values).
 */
export function processAccess(workflowId: string): Access {
  const ability = createMongoAbility<AppAbility>([{ action: ['read', 'update'], subject: ['Counterparty', 'Contact'], conditions: { scope: 'all' } }]);
  return { userId: 0, roles: [], ability, teamIds: [], process: workflowId };
}

/** Who a history row names: the signed-in user, or the process that made the change. */
export function changeAuthor(access: Access): { actorId: number | null; workflowId: string | null } {
  return access.process ? { actorId: null, workflowId: access.process } : { actorId: access.userId, workflowId: null };
}
