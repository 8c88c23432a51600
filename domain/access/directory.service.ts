import type { EntityManager } from '@mikro-orm/postgresql';
import { loadAccess } from './access.service.ts';
import { TeamSchema } from './team.entity.ts';
import { UserSchema } from './user.entity.ts';

/** Roles that work across the whole company (statistics, monitoring, administration): they see every colleague. */
const companyWide = ['admin', 'process_owner', 'analyst'];

export interface DirectoryEntry {
  id: number;
  displayName: string;
  email: string;
  roles: string[];
}

/**
 * Active colleagues the actor may pick in filters, by name or e-mail: everyone for the
 * company-wide roles, the members and heads of their teams for a head of sales, and only
 * themselves for anyone else — the same reach the statistics filters accept, so a picker never
 * offers a person whose figures the API would refuse.
 */
export async function visibleUsers(em: EntityManager, actor: { id: number; roles: string[] }, search: string | undefined, limit = 20): Promise<DirectoryEntry[]> {
  const reach = await reachOf(em, actor);
  const text = search?.trim();
  const like = text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const users = await em.find(
    UserSchema,
    {
      active: true,
      ...(reach ? { id: { $in: reach } } : {}),
      ...(like ? { $or: [{ displayName: { $ilike: like } }, { email: { $ilike: like } }] } : {}),
    },
    { populate: ['roles'], orderBy: { displayName: 'asc', id: 'asc' }, limit },
  );
  return users.map((u) => ({ id: u.id, displayName: u.displayName, email: u.email, roles: u.roles.getItems().map((r) => r.code).sort() }));
}

/** The user ids within reach, or undefined for everyone. */
async function reachOf(em: EntityManager, actor: { id: number; roles: string[] }): Promise<number[] | undefined> {
  if (actor.roles.some((r) => companyWide.includes(r))) return undefined;
  if (!actor.roles.includes('head_of_sales')) return [actor.id];
  const { teamIds } = await loadAccess(em, actor);
  if (!teamIds.length) return [actor.id];
  const [members, teams] = await Promise.all([
    em.find(UserSchema, { teamId: { $in: teamIds } }, { fields: ['id'] }),
    em.find(TeamSchema, { id: { $in: teamIds } }, { fields: ['headId'] }),
  ]);
  const heads = teams.map((t) => t.headId).filter((id): id is number => typeof id === 'number');
  return [...new Set([actor.id, ...members.map((u) => u.id), ...heads])];
}
