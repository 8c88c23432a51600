import type { EntityManager } from '@mikro-orm/postgresql';
import { loadAccess, TeamSchema, UserSchema } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';

/** Roles that read the statistics of every manager; a head of sales reads their teams'. */
const wholeCompany = ['admin', 'process_owner', 'analyst'];

export interface SliceRequest {
  manager?: number;
  team?: number;
}

/**
 * The users a statistics slice is restricted to, or undefined for everyone. A head of sales
 * is always held to the members of their teams; asking for someone else is a 403.
 */
export async function sliceUsers(em: EntityManager, actor: { id: number; roles: string[] }, request: SliceRequest): Promise<number[] | undefined> {
  const everyone = actor.roles.some((r) => wholeCompany.includes(r));
  if (!everyone && !actor.roles.includes('head_of_sales')) {
    throw new DomainError('auth.forbidden', 'Process statistics are for process owners, analysts and heads of sales', 403);
  }
  const asked = request.team !== undefined ? await members(em, [request.team]) : undefined;
  const wanted = request.manager !== undefined ? [request.manager] : asked;
  if (everyone) return wanted;
  const access = await loadAccess(em, actor);
  const reach = new Set([actor.id, ...(await members(em, access.teamIds))]);
  if (request.team !== undefined && !access.teamIds.includes(request.team)) {
    throw new DomainError('auth.forbidden', 'You can read the statistics of your own teams only', 403, [{ field: 'query.team', code: 'statistics.team_out_of_reach', message: 'Not one of your teams' }]);
  }
  if (request.manager !== undefined && !reach.has(request.manager)) {
    throw new DomainError('auth.forbidden', 'You can read the statistics of your teams’ members only', 403, [{ field: 'query.manager', code: 'statistics.manager_out_of_reach', message: 'Not in your teams' }]);
  }
  return wanted ?? [...reach];
}

async function members(em: EntityManager, teamIds: number[]): Promise<number[]> {
  if (!teamIds.length) return [];
  const [users, teams] = await Promise.all([
    em.find(UserSchema, { teamId: { $in: teamIds } }, { fields: ['id'] }),
    em.find(TeamSchema, { id: { $in: teamIds } }, { fields: ['headId'] }),
  ]);
  const heads = teams.map((t) => t.headId).filter((id): id is number => typeof id === 'number');
  return [...new Set([...users.map((u) => u.id), ...heads])];
}
