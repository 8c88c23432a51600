import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../errors.ts';
import { NotificationSchema, type Notification } from './notification.entity.ts';

export interface NewNotification {
  /** Stable per delivery (e.g. workflow step); the same key never notifies a user twice. */
  key: string;
  userIds: number[];
  kind: string;
  title: string;
  body: string;
  link?: string | null;
}

/** Stores one notification per user; rows already there under the key are returned as they are. */
export async function createNotifications(em: EntityManager, n: NewNotification): Promise<Notification[]> {
  const userIds = [...new Set(n.userIds)];
  if (!userIds.length) return [];
  const now = new Date();
  await em
    .createQueryBuilder(NotificationSchema)
    .insert(userIds.map((userId) => ({ userId, key: n.key, kind: n.kind, title: n.title, body: n.body, link: n.link ?? null, createdAt: now, readAt: null, mailedAt: null })))
    .onConflict(['userId', 'key'])
    .ignore()
    .execute('run');
  return em.find(NotificationSchema, { key: n.key, userId: { $in: userIds } }, { orderBy: { userId: 'asc' } });
}

export async function markMailed(em: EntityManager, ids: number[]): Promise<void> {
  if (ids.length) await em.nativeUpdate(NotificationSchema, { id: { $in: ids } }, { mailedAt: new Date() });
}

export async function listNotifications(
  em: EntityManager,
  userId: number,
  q: { unread?: boolean; limit: number; before?: number },
): Promise<{ items: Notification[]; unread: number; nextCursor: number | null }> {
  const where = { userId, ...(q.unread ? { readAt: null } : {}), ...(q.before ? { id: { $lt: q.before } } : {}) };
  const [rows, unread] = await Promise.all([
    em.find(NotificationSchema, where, { orderBy: { id: 'desc' }, limit: q.limit + 1 }),
    em.count(NotificationSchema, { userId, readAt: null }),
  ]);
  const items = rows.slice(0, q.limit);
  return { items, unread, nextCursor: rows.length > q.limit ? items.at(-1)!.id : null };
}

/** Marks one of the user's notifications read; someone else's is a 404 like a missing one. */
export async function markRead(em: EntityManager, userId: number, id: number): Promise<Notification> {
  const n = await em.findOne(NotificationSchema, { id, userId });
  if (!n) throw new DomainError('notification.not_found', 'No such notification', 404);
  if (!n.readAt) {
    n.readAt = new Date();
    await em.flush();
  }
  return n;
}

export async function markAllRead(em: EntityManager, userId: number): Promise<number> {
  return em.nativeUpdate(NotificationSchema, { userId, readAt: null }, { readAt: new Date() });
}
