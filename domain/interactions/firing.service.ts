import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserSchema } from '../access/index.ts';
import { InteractionSchema } from './interaction.entity.ts';
import { overdueNotice, reminderNotice, type Reader } from './notice-text.ts';
import { ReminderSchema, type Reminder } from './reminder.entity.ts';
import type { Notice } from './reminders.service.ts';

/** Delivers a notice, idempotently by its key (a retry after a failed commit delivers nothing twice). */
export type Notify = (tx: EntityManager, notice: Notice) => Promise<void>;

const linkOf = (r: Reminder) => (r.interactionId ? `/interactions/${r.interactionId}` : r.counterpartyId ? `/counterparties/${r.counterpartyId}` : null);
/** The language and zone the recipient picked (null: none yet, the texts fall back to English and UTC). */
const readerOf = async (tx: EntityManager, userId: number): Promise<Reader> => {
  const u = await tx.findOne(UserSchema, { id: userId }, { fields: ['locale', 'timeZone'] });
  return { locale: u?.locale ?? null, timeZone: u?.timeZone ?? null };
};
const same = (a: Date | null | undefined, b: Date) => !!a && a.getTime() === b.getTime();

/**
 * The timer of a reminder ran out for time `at`. Notifies its user once per time: a stale
 * timer (the reminder moved or was cancelled meanwhile) or a repeated call does nothing.
 */
export async function fireReminder(em: EntityManager, reminderId: number, at: Date, notify: Notify): Promise<'fired' | 'skipped'> {
  return em.transactional(async (tx) => {
    const r = await tx.findOne(ReminderSchema, { id: reminderId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!r || r.state === 'cancelled' || !same(r.at, at) || same(r.firedFor, at)) return 'skipped';
    const i = r.interactionId ? await tx.findOne(InteractionSchema, { id: r.interactionId }) : null;
    const text = reminderNotice(await readerOf(tx, r.userId), r.text, i && r.dueAt ? { kind: i.kind, subject: i.subject, at: r.dueAt } : null);
    await notify(tx, { userId: r.userId, kind: 'reminder', ...text, link: linkOf(r), key: `reminder-${r.id}-${at.toISOString()}` });
    r.firedFor = at;
    r.state = 'fired';
    await tx.flush();
    return 'fired';
  });
}

/**
 * The time of a planned interaction has come: if it is still planned (not done, cancelled or
 * moved), it is overdue now and its responsible is told (in their language), once per planned time.
 */
export async function notifyOverdue(em: EntityManager, reminderId: number, dueAt: Date, notify: Notify): Promise<'notified' | 'skipped'> {
  return em.transactional(async (tx) => {
    const r = await tx.findOne(ReminderSchema, { id: reminderId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!r?.interactionId || r.state === 'cancelled' || !same(r.dueAt, dueAt) || same(r.overdueNotifiedFor, dueAt)) return 'skipped';
    const i = await tx.findOne(InteractionSchema, { id: r.interactionId });
    if (!i || i.state !== 'planned' || !same(i.at, dueAt)) return 'skipped';
    await notify(tx, {
      userId: i.responsibleId,
      kind: 'interaction_overdue',
      ...overdueNotice(await readerOf(tx, i.responsibleId), { kind: i.kind, subject: i.subject, at: dueAt }),
      link: `/interactions/${i.id}`,
      key: `overdue-${i.id}-${dueAt.toISOString()}`,
    });
    r.overdueNotifiedFor = dueAt;
    await tx.flush();
    return 'notified';
  });
}
