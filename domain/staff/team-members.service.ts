import type { EntityManager } from '@mikro-orm/postgresql';
import { getTeam, TeamSchema, UserSchema, type Team } from '../access/index.ts';
import { DomainError } from '../errors.ts';

export interface TeamOverview {
  id: number;
  name: string;
  headId: number | null;
  headName: string | null;
  memberCount: number;
  lockVersion: number;
}

export interface TeamMember {
  id: number;
  displayName: string;
  email: string;
  active: boolean;
}

/** Teams with the head's name and how many active colleagues are in each. */
export async function teamOverview(em: EntityManager): Promise<TeamOverview[]> {
  const teams = await em.find(TeamSchema, {}, { orderBy: { name: 'asc' } });
  const rows = await em.getConnection().execute<{ team_id: number; n: string }[]>(
    'select team_id, count(*) as n from app_user where team_id is not null and active group by team_id',
  );
  const heads = await em.find(UserSchema, { id: { $in: teams.map((t) => t.headId).filter((id): id is number => id != null) } });
  return teams.map((t) => ({
    id: t.id,
    name: t.name,
    headId: t.headId ?? null,
    headName: heads.find((h) => h.id === t.headId)?.displayName ?? null,
    memberCount: Number(rows.find((r) => r.team_id === t.id)?.n ?? 0),
    lockVersion: t.version,
  }));
}

export async function teamMembers(em: EntityManager, teamId: number): Promise<{ team: Team; members: TeamMember[] }> {
  const team = await getTeam(em, teamId);
  const users = await em.find(UserSchema, { teamId }, { orderBy: { active: 'desc', displayName: 'asc' } });
  return { team, members: users.map((u) => ({ id: u.id, displayName: u.displayName, email: u.email, active: u.active })) };
}

/**
 * Puts a colleague in a team. A person is in one team at most: taking them from another team
 * must be asked for (`move`), otherwise the answer names the team they are in.
 */
export async function addMember(em: EntityManager, teamId: number, userId: number, move: boolean): Promise<void> {
  const team = await getTeam(em, teamId);
  const user = await em.findOne(UserSchema, { id: userId });
  if (!user) throw new DomainError('user.not_found', `No user with id ${userId}`, 422, ['userId']);
  if (user.teamId === teamId) return;
  if (user.teamId != null && !move) {
    const current = await em.findOne(TeamSchema, { id: user.teamId });
    throw new DomainError(
      'team.member_elsewhere',
      `${user.displayName} is in team "${current?.name ?? user.teamId}"; confirm the move to take them into "${team.name}"`,
      409,
      [{ field: 'userId', code: 'team.member_elsewhere', message: 'Already in another team', params: { teamId: user.teamId, teamName: current?.name ?? null } }],
    );
  }
  user.teamId = teamId;
  await em.flush();
}

export async function removeMember(em: EntityManager, teamId: number, userId: number): Promise<void> {
  await getTeam(em, teamId);
  const user = await em.findOne(UserSchema, { id: userId, teamId });
  if (!user) throw new DomainError('team.not_a_member', 'This colleague is not in the team', 404);
  user.teamId = null;
  await em.flush();
}
