import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const reminderStates = ['scheduled', 'fired', 'cancelled'] as const;

/**
 * A reminder for one user, fired by a durable timer (workflow `reminder-<id>`). A planned
 * interaction has one (its responsible, `dueAt` = the interaction's time, for the overdue
 * notice). `firedFor` / `overdueNotifiedFor` hold the time already notified, so a retried
 * or replayed activity never notifies twice for the same time, and a reschedule does.
 */
export const ReminderSchema = defineEntity({
  name: 'Reminder',
  tableName: 'reminder',
  properties: {
    id: p.integer().primary().autoincrement(),
    userId: p.integer(),
    at: p.datetime(),
    text: p.string().length(1000),
    counterpartyId: p.integer().nullable(),
    interactionId: p.integer().nullable().unique(),
    dueAt: p.datetime().nullable(),
    state: p.enum(reminderStates).default('scheduled'),
    firedFor: p.datetime().nullable(),
    overdueNotifiedFor: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    version: p.integer().version(),
  },
});

export type Reminder = InferEntity<typeof ReminderSchema>;
