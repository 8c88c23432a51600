import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../errors.ts';
import { abilityFor, scopeOf, type Action, type AppAbility, type Scope, type Subject } from './abilities.ts';
import { TeamSchema } from './team.entity.ts';
import { UserSchema } from './user.entity.ts';

/** Everything the access rules need about who acts: loaded once per request. */
export interface Access {
  userId: number;
  roles: string[];
  ability: AppAbility;
  /** The user's own team and the teams they head: the reach of scope "team". */
  teamIds: number[];
  /** Set when a process step acts (see process-actor.ts): the workflow id of its instance. */
  process?: string;
}

export async function loadAccess(em: EntityManager, actor: { id: number; roles: string[] }): Promise<Access> {
  const user = await em.findOne(UserSchema, { id: actor.id }, { fields: ['id', 'teamId'] });
  const headed = await em.find(TeamSchema, { headId: actor.id }, { fields: ['id'] });
  const teamIds = [...new Set([...(user?.teamId ? [user.teamId] : []), ...headed.map((t) => t.id)])];
  return { userId: actor.id, roles: actor.roles, ability: abilityFor(actor.roles), teamIds };
}

/** The scope for an action, or a 403 when no role grants it. */
export function requireScope(access: Access, action: Action, subject: Subject): Scope {
  const scope = scopeOf(access.ability, action, subject);
  if (!scope) throw new DomainError('auth.forbidden', `Your roles do not allow ${action} on ${subject}`, 403);
  return scope;
}

export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/**
 * The actor's reach over records with a responsible user and a team, as a SQL condition on
 * `alias`. Every query that reads or writes client records adds it, so rows outside the
 * reach are never loaded, counted or changed.
 */
export function scopeCondition(access: Access, action: Action, subject: Subject, alias: string): SqlCondition {
  const scope = requireScope(access, action, subject);
  if (scope === 'all') return { sql: 'true', params: [] };
  if (scope === 'own' || access.teamIds.length === 0) return { sql: `${alias}.responsible_id = ?`, params: [access.userId] };
  const teams = access.teamIds.map(() => '?').join(', ');
  return {
    sql: `(${alias}.responsible_id = ? or ${alias}.team_id in (${teams}) or ${alias}.responsible_id in (select u.id from app_user u where u.team_id in (${teams})))`,
    params: [access.userId, ...access.teamIds, ...access.teamIds],
  };
}
