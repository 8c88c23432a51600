import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../access/index.ts';
import { visibleCounterparty } from '../clients/index.ts';
import { DomainError } from '../errors.ts';
import type { Interaction } from './interaction.entity.ts';
import { ReminderSchema, type Reminder } from './reminder.entity.ts';

/** What the timer of reminder `reminder-<id>` must do after a change: (re)arm or stop. */
export type ReminderPlan = { reminderId: number; remindAt: Date; dueAt: Date | null } | { reminderId: number; cancel: true };

/** A message for one user: stored in-app, pushed over socket.io and mailed. */
export interface Notice {
  userId: number;
  kind: 'reminder' | 'interaction_overdue';
  title: string;
  body: string;
  link: string | null;
  /** Same key, same notice: a retried activity does not notify twice. */
  key: string;
}

const armed = (r: Reminder): ReminderPlan => ({ reminderId: r.id, remindAt: r.at, dueAt: r.dueAt ?? null });

/**
 * Keeps the reminder of a planned interaction in step with it (in the caller's transaction):
 * planned → remind the responsible `remindBeforeMinutes` before its time, and at its time
 * check for overdue; done or cancelled → the reminder is cancelled.
 */
export async function syncInteractionReminder(em: EntityManager, i: Interaction): Promise<ReminderPlan | null> {
  const existing = await em.findOne(ReminderSchema, { interactionId: i.id });
  if (i.state !== 'planned') {
    if (!existing || existing.state === 'cancelled') return null;
    existing.state = 'cancelled';
    await em.flush();
    return { reminderId: existing.id, cancel: true };
  }
  const at = new Date(i.at.getTime() - (i.remindBeforeMinutes ?? 0) * 60_000);
  const text = `${i.kind}: ${i.subject}`;
  const r = existing ?? em.create(ReminderSchema, { userId: i.responsibleId, at, text, interactionId: i.id, counterpartyId: i.counterpartyId ?? null, dueAt: i.at });
  em.assign(r, { userId: i.responsibleId, at, text, dueAt: i.at, counterpartyId: i.counterpartyId ?? null, state: 'scheduled' });
  await em.flush();
  return armed(r);
}

export async function createReminder(em: EntityManager, access: Access, input: { at: Date; text: string; counterpartyId?: number | null }): Promise<{ reminder: Reminder; plan: ReminderPlan }> {
  if (input.counterpartyId) await visibleCounterparty(em, access, input.counterpartyId, 'read');
  const r = em.create(ReminderSchema, { userId: access.userId, at: input.at, text: input.text, counterpartyId: input.counterpartyId ?? null, interactionId: null, dueAt: null });
  await em.flush();
  return { reminder: r, plan: armed(r) };
}

/** One's own free reminder (interaction reminders follow their interaction). */
async function ownReminder(em: EntityManager, access: Access, id: number): Promise<Reminder> {
  const r = await em.findOne(ReminderSchema, { id, userId: access.userId });
  if (!r) throw new DomainError('reminder.not_found', 'No such reminder', 404);
  return r;
}

export async function cancelReminder(em: EntityManager, access: Access, id: number): Promise<{ reminder: Reminder; plan: ReminderPlan }> {
  const r = await ownReminder(em, access, id);
  if (r.interactionId) throw new DomainError('reminder.of_interaction', 'This reminder follows its interaction: cancel or reschedule the interaction', 409);
  r.state = 'cancelled';
  await em.flush();
  return { reminder: r, plan: { reminderId: r.id, cancel: true } };
}

export async function rescheduleReminder(em: EntityManager, access: Access, id: number, at: Date): Promise<{ reminder: Reminder; plan: ReminderPlan }> {
  const r = await ownReminder(em, access, id);
  if (r.interactionId) throw new DomainError('reminder.of_interaction', 'This reminder follows its interaction: cancel or reschedule the interaction', 409);
  em.assign(r, { at, state: 'scheduled' });
  await em.flush();
  return { reminder: r, plan: armed(r) };
}

export function listReminders(em: EntityManager, access: Access, state?: Reminder['state']): Promise<Reminder[]> {
  return em.find(ReminderSchema, { userId: access.userId, ...(state ? { state } : {}) }, { orderBy: { at: 'asc', id: 'asc' }, limit: 500 });
}
