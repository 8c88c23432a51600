import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * An in-app notification for one user (escalations, reminders, incoming requests). `key`
 * comes from the caller (workflow step, reminder id) so a retried delivery finds its row.
 */
export const NotificationSchema = defineEntity({
  name: 'Notification',
  tableName: 'notification',
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    userId: p.integer().index(),
    key: p.string().length(300),
    kind: p.string().length(40),
    title: p.string().length(300),
    body: p.text(),
    link: p.string().length(500).nullable(),
    createdAt: p.datetime(),
    readAt: p.datetime().nullable(),
    /** When the e-mail copy went out; null while it is still owed (or mail is off for it). */
    mailedAt: p.datetime().nullable(),
  },
  uniques: [{ properties: ['userId', 'key'] }],
});

export type Notification = InferEntity<typeof NotificationSchema>;
