import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../errors.ts';
import { TeamSchema, type Team } from './team.entity.ts';
import { UserSchema, type User } from './user.entity.ts';

export async function listTeams(em: EntityManager): Promise<Team[]> {
  return em.find(TeamSchema, {}, { orderBy: { name: 'asc' } });
}

async function assertUser(em: EntityManager, id: number | null | undefined, field: string): Promise<void> {
  if (id == null) return;
  if (!(await em.count(UserSchema, { id }))) throw new DomainError('user.not_found', `No user with id ${id}`, 422, [field]);
}

async function assertFreeName(em: EntityManager, name: string, except?: number): Promise<void> {
  const clash = await em.findOne(TeamSchema, { name, ...(except ? { id: { $ne: except } } : {}) });
  if (clash) throw new DomainError('team.name_taken', `A team named "${name}" exists`, 409, ['name']);
}

export async function createTeam(em: EntityManager, input: { name: string; headId?: number | null }): Promise<Team> {
  await assertFreeName(em, input.name);
  await assertUser(em, input.headId, 'headId');
  const team = em.create(TeamSchema, { name: input.name, headId: input.headId ?? null });
  await em.flush();
  return team;
}

export async function getTeam(em: EntityManager, id: number): Promise<Team> {
  const team = await em.findOne(TeamSchema, { id });
  if (!team) throw new DomainError('team.not_found', 'No such team', 404);
  return team;
}

export async function updateTeam(em: EntityManager, id: number, patch: { name?: string; headId?: number | null }, expected: number): Promise<Team> {
  const team = await getTeam(em, id);
  // 409 like every other concurrent edit of an account or team (the screens reload and redo).
  if (team.version !== expected) throw new DomainError('conflict.stale_version', `Team "${team.name}" was changed by someone else since you read it`, 409);
  if (patch.name !== undefined) await assertFreeName(em, patch.name, id);
  await assertUser(em, patch.headId, 'headId');
  em.assign(team, patch);
  await em.flush();
  return team;
}

/** Puts a user in a team (or takes them out with null). */
export async function assignUserTeam(em: EntityManager, userId: number, teamId: number | null): Promise<User> {
  const user = await em.findOne(UserSchema, { id: userId });
  if (!user) throw new DomainError('user.not_found', 'No such user', 404);
  if (teamId !== null && !(await em.count(TeamSchema, { id: teamId }))) {
    throw new DomainError('team.not_found', `No team with id ${teamId}`, 422, ['teamId']);
  }
  user.teamId = teamId;
  await em.flush();
  return user;
}
