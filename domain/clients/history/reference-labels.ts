import type { EntityManager } from '@mikro-orm/postgresql';
import { TeamSchema, UserSchema, type Access } from '../../access/index.ts';
import { scopedCounterparties } from '../counterparties/scoped.ts';

/** Fields whose stored value is another record's id, and which kind of record it names. */
const references: Record<string, 'user' | 'team' | 'counterparty'> = {
  responsibleId: 'user',
  teamId: 'team',
  parentId: 'counterparty',
  counterpartyId: 'counterparty',
};

/** The name to show for a stored value of a field, or null when the value is not a reference (or no longer resolves). */
export type ReferenceLabel = (field: string, value: unknown) => string | null;

const idsOf = (kind: string, values: { field: string; value: unknown }[]) =>
  [...new Set(values.filter((v) => references[v.field] === kind && typeof v.value === 'number').map((v) => v.value as number))];

/**
 * Names for the ids that history rows hold (responsible, team, parent client), read in three
 * queries for a whole history instead of one request per row from the screen. A client's
 * name is given only when the reader may see that client: others stay a bare id, as the API
 * answers 404 for them.
 */
export async function referenceLabels(em: EntityManager, access: Access, values: { field: string; value: unknown }[]): Promise<ReferenceLabel> {
  const [userIds, teamIds, clientIds] = [idsOf('user', values), idsOf('team', values), idsOf('counterparty', values)];
  const [users, teams, clients] = await Promise.all([
    userIds.length ? em.find(UserSchema, { id: { $in: userIds } }, { fields: ['id', 'displayName'] }) : [],
    teamIds.length ? em.find(TeamSchema, { id: { $in: teamIds } }, { fields: ['id', 'name'] }) : [],
    clientIds.length ? scopedCounterparties(em, access).andWhere({ id: { $in: clientIds } }).getResult() : [],
  ]);
  const names = {
    user: new Map(users.map((u) => [u.id, u.displayName])),
    team: new Map(teams.map((t) => [t.id, t.name])),
    counterparty: new Map(clients.map((c) => [c.id, c.name])),
  };
  return (field, value) => {
    const kind = references[field];
    return kind && typeof value === 'number' ? (names[kind].get(value) ?? null) : null;
  };
}

/** A history row's old and new value with their names, and its author's name. */
export async function labelledChanges<T extends { field: string; oldValue: unknown; newValue: unknown; actorId?: number | null }>(
  em: EntityManager,
  access: Access,
  rows: T[],
): Promise<(T & { oldLabel: string | null; newLabel: string | null; actorName: string | null })[]> {
  const values = rows.flatMap((r) => [
    { field: r.field, value: r.oldValue },
    { field: r.field, value: r.newValue },
    { field: 'responsibleId', value: r.actorId ?? null },
  ]);
  const label = await referenceLabels(em, access, values);
  return rows.map((r) => ({
    ...r,
    oldLabel: label(r.field, r.oldValue),
    newLabel: label(r.field, r.newValue),
    actorName: label('responsibleId', r.actorId ?? null),
  }));
}
