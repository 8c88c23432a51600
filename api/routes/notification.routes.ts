import { z } from 'zod';
import { listNotifications, markAllRead, markRead, type Notification } from '../../domain/notifications/index.ts';
import { defineRoute } from '../route.ts';

const notificationSchema = z
  .object({ id: z.number().int(), kind: z.string(), title: z.string(), body: z.string(), link: z.string().nullable(), createdAt: z.iso.datetime(), readAt: z.iso.datetime().nullable() })
  .meta({ id: 'Notification' });

const present = (n: Notification) => ({ id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link ?? null, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null });
const tags = ['notifications'];

/** Each user reads and marks their own notifications only; there is no way to name another's. */
export function notificationRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/notifications',
      summary: 'My notifications, newest first, with the unread count (live copies arrive as socket event `notification`)',
      tags,
      access: 'user',
      query: z.object({
        unread: z.enum(['true', 'false']).optional(),
        limit: z.coerce.number().int().min(1).max(100).default(30),
        cursor: z.coerce.number().int().positive().optional(),
      }),
      responses: { 200: { description: 'One page', schema: z.object({ items: z.array(notificationSchema), unread: z.number().int(), nextCursor: z.number().int().nullable() }) } },
      async handle({ em, user, query }) {
        const page = await listNotifications(em, user.id, { unread: query.unread === 'true', limit: query.limit, before: query.cursor });
        return { body: { items: page.items.map(present), unread: page.unread, nextCursor: page.nextCursor } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/notifications/:id/read',
      summary: 'Mark one of my notifications read',
      tags,
      access: 'user',
      params: z.object({ id: z.coerce.number().int().positive() }),
      responses: { 200: { description: 'Marked', schema: notificationSchema }, 404: { description: 'Not one of mine' } },
      async handle({ em, user, params }) {
        return { body: present(await markRead(em, user.id, params.id)) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/notifications/read-all',
      summary: 'Mark all my notifications read',
      tags,
      access: 'user',
      responses: { 200: { description: 'How many were unread', schema: z.object({ marked: z.number().int() }) } },
      async handle({ em, user }) {
        return { body: { marked: await markAllRead(em, user.id) } };
      },
    }),
  ];
}
