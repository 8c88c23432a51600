import type { EntityManager } from '@mikro-orm/postgresql';
import { requireScope, TeamSchema, UserSchema, type Access } from '../access/index.ts';
import { visibleCounterparty } from '../clients/index.ts';
import { DomainError } from '../errors.ts';
import { createNotifications, type Notification } from '../notifications/index.ts';
import { IncomingRequestSchema, type IncomingRequest, type requestChannels } from './incoming-request.entity.ts';
import { incomingRequestTitle } from './notice-text.ts';

export interface IncomingRequestInput {
  counterpartyId?: number | null;
  from: string;
  channel: (typeof requestChannels)[number];
  text: string;
  addressee: { userId: number } | { teamId: number };
}

/**
 * Who gets a request addressed to a team: its head; a team without a head uses the rule
 * "the active member with the fewest unread requests" (ties: the longest-standing user).
 */
async function routeToTeam(em: EntityManager, teamId: number): Promise<{ addresseeId: number; routedBy: IncomingRequest['routedBy'] }> {
  const team = await em.findOne(TeamSchema, { id: teamId });
  if (!team) throw new DomainError('incoming_request.unknown_team', `No team with id ${teamId}`, 422, ['addressee.teamId']);
  if (team.headId && (await em.count(UserSchema, { id: team.headId, active: true }))) return { addresseeId: team.headId, routedBy: 'team_head' };
  const rows = await em.getConnection().execute<{ id: number }[]>(
    `select u.id from app_user u where u.team_id = ? and u.active
     order by (select count(*) from incoming_request r where r.addressee_id = u.id and r.read_at is null), u.id limit 1`,
    [teamId],
  );
  if (!rows[0]) throw new DomainError('incoming_request.team_unstaffed', 'The team has neither a head nor active members', 422, ['addressee.teamId']);
  return { addresseeId: rows[0].id, routedBy: 'team_rule' };
}

/**
 * Registers and routes a request, and tells the addressee with an in-app notification (in the
 * same transaction; the caller pushes it live after the commit).
 */
export async function registerIncomingRequest(em: EntityManager, access: Access, input: IncomingRequestInput): Promise<{ request: IncomingRequest; notification: Notification | null }> {
  requireScope(access, 'create', 'Interaction');
  if (input.counterpartyId) {
    await visibleCounterparty(em, access, input.counterpartyId, 'read').catch(() => {
      throw new DomainError('incoming_request.unknown_counterparty', `No counterparty with id ${input.counterpartyId}`, 422, ['counterpartyId']);
    });
  }
  let route: { addresseeId: number; routedBy: IncomingRequest['routedBy']; teamId: number | null };
  if ('teamId' in input.addressee) {
    route = { ...(await routeToTeam(em, input.addressee.teamId)), teamId: input.addressee.teamId };
  } else {
    const user = await em.findOne(UserSchema, { id: input.addressee.userId, active: true }, { fields: ['id', 'teamId'] });
    if (!user) throw new DomainError('incoming_request.unknown_user', `No active user with id ${input.addressee.userId}`, 422, ['addressee.userId']);
    route = { addresseeId: user.id, routedBy: 'person', teamId: user.teamId ?? null };
  }
  const r = em.create(IncomingRequestSchema, {
    counterpartyId: input.counterpartyId ?? null,
    sender: input.from,
    channel: input.channel,
    text: input.text,
    ...route,
    readAt: null,
    createdBy: access.userId,
  });
  await em.flush();
  const [notification] = await createNotifications(em, {
    key: `incoming-request-${r.id}`,
    userIds: [r.addresseeId],
    kind: 'incoming_request',
    title: incomingRequestTitle((await em.findOne(UserSchema, { id: r.addresseeId }, { fields: ['locale'] }))?.locale, r),
    body: r.text,
    link: r.counterpartyId ? `/counterparties/${r.counterpartyId}` : '/incoming-requests',
  });
  return { request: r, notification: notification ?? null };
}

/** Requests addressed to me or registered by me; the team's for a head, all for scope all. */
function reach(access: Access): { sql: string; params: unknown[] } {
  const scope = requireScope(access, 'read', 'Interaction');
  if (scope === 'all') return { sql: 'true', params: [] };
  const mine = { sql: '(r.addressee_id = ? or r.created_by = ?)', params: [access.userId, access.userId] };
  if (scope === 'own' || !access.teamIds.length) return mine;
  const teams = access.teamIds.map(() => '?').join(', ');
  return { sql: `(${mine.sql} or r.team_id in (${teams}))`, params: [...mine.params, ...access.teamIds] };
}

export async function listIncomingRequests(em: EntityManager, access: Access, q: { unread?: boolean; counterpartyId?: number; limit: number; before?: number }): Promise<IncomingRequest[]> {
  const cond = reach(access);
  const qb = em.createQueryBuilder(IncomingRequestSchema, 'r').select('*').where(cond.sql, cond.params);
  // Unread is the addressee's own inbox: what is waiting for me.
  if (q.unread) qb.andWhere({ addresseeId: access.userId, readAt: null });
  if (q.counterpartyId) qb.andWhere({ counterpartyId: q.counterpartyId });
  if (q.before) qb.andWhere({ id: { $lt: q.before } });
  return qb.orderBy({ id: 'desc' }).limit(q.limit).getResult();
}

/** How many requests wait unread for this user (their own inbox, as the menu badge counts it). */
export async function unreadRequestCount(em: EntityManager, userId: number): Promise<number> {
  return em.count(IncomingRequestSchema, { addresseeId: userId, readAt: null });
}

/** The addressee marks a request read (again: no change). Others within reach get 403, the rest 404. */
export async function markRequestRead(em: EntityManager, access: Access, id: number): Promise<IncomingRequest> {
  const cond = reach(access);
  const r = await em.createQueryBuilder(IncomingRequestSchema, 'r').select('*').where(cond.sql, cond.params).andWhere({ id }).getSingleResult();
  if (!r) throw new DomainError('incoming_request.not_found', 'No such incoming request', 404);
  if (r.addresseeId !== access.userId) throw new DomainError('incoming_request.not_addressee', 'Only the addressee marks a request read', 403);
  if (!r.readAt) {
    r.readAt = new Date();
    await em.flush();
  }
  return r;
}
