import type { EntityManager } from '@mikro-orm/postgresql';
import { requireScope, type Access } from '../access/index.ts';
import { DomainError } from '../errors.ts';
import type { InteractionKind } from './interaction.entity.ts';

interface Counts {
  done: number;
  planned: number;
  overdue: number;
  cancelled: number;
}
export interface EmployeeFigures extends Counts {
  userId: number;
  displayName: string;
  teamId: number | null;
  byKind: Partial<Record<InteractionKind, Counts>>;
}

/**
 * Whose figures the actor may see: a manager (scope own) themselves, a head (team) the members
 * of their teams, an admin or analyst (all) anyone; `team` narrows, a foreign team is refused.
 */
function employees(access: Access, team?: number): { sql: string; params: unknown[] } {
  const scope = requireScope(access, 'read', 'Interaction');
  if (scope === 'own') return { sql: 'u.id = ?', params: [access.userId] };
  if (scope === 'team') {
    if (team !== undefined && !access.teamIds.includes(team)) throw new DomainError('analytics.foreign_team', 'You see the figures of your own team only', 403, ['team']);
    const teams = team !== undefined ? [team] : access.teamIds;
    if (!teams.length) return { sql: 'u.id = ?', params: [access.userId] };
    return { sql: `(u.team_id in (${teams.map(() => '?').join(', ')}) or u.id = ?)`, params: [...teams, access.userId] };
  }
  if (team !== undefined) return { sql: 'u.team_id = ?', params: [team] };
  return { sql: 'exists (select 1 from interaction x where x.responsible_id = u.id and x.at >= ? and x.at < ?)', params: [] };
}

/**
 * Per responsible employee over interactions timed in [from, to): done, planned (still
 * ahead), overdue (planned, time passed) and cancelled, in total and by kind.
 */
export async function interactionFigures(em: EntityManager, access: Access, q: { from: Date; to: Date; team?: number; userId?: number }): Promise<EmployeeFigures[]> {
  const reach = employees(access, q.team);
  const reachParams = reach.sql.startsWith('exists') ? [q.from, q.to] : reach.params;
  // One person narrows within the reach: someone outside it gives no row rather than their figures.
  const who = q.userId === undefined ? reach : { sql: `${reach.sql} and u.id = ?`, params: [] };
  const params = q.userId === undefined ? reachParams : [...reachParams, q.userId];
  const rows = await em.getConnection().execute<{ user_id: number; display_name: string; team_id: number | null; kind: InteractionKind | null; done: string; planned: string; overdue: string; cancelled: string }[]>(
    `select u.id as user_id, u.display_name, u.team_id, i.kind,
       count(i.id) filter (where i.state = 'done') as done,
       count(i.id) filter (where i.state = 'planned' and i.at >= now()) as planned,
       count(i.id) filter (where i.state = 'planned' and i.at < now()) as overdue,
       count(i.id) filter (where i.state = 'cancelled') as cancelled
     from app_user u
     left join interaction i on i.responsible_id = u.id and i.at >= ? and i.at < ?
     where ${who.sql}
     group by u.id, u.display_name, u.team_id, i.kind
     order by u.id, i.kind`,
    [q.from, q.to, ...params],
  );
  const byUser = new Map<number, EmployeeFigures>();
  for (const r of rows) {
    const f = byUser.get(r.user_id) ?? { userId: r.user_id, displayName: r.display_name, teamId: r.team_id, done: 0, planned: 0, overdue: 0, cancelled: 0, byKind: {} };
    byUser.set(r.user_id, f);
    if (!r.kind) continue;
    const c = { done: Number(r.done), planned: Number(r.planned), overdue: Number(r.overdue), cancelled: Number(r.cancelled) };
    f.byKind[r.kind] = c;
    for (const k of ['done', 'planned', 'overdue', 'cancelled'] as const) f[k] += c[k];
  }
  return [...byUser.values()];
}
