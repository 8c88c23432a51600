import { z } from 'zod';
import { loadAccess } from '../../../domain/access/index.ts';
import { cancelReminder, createReminder, listReminders, reminderStates, rescheduleReminder, type Reminder } from '../../../domain/interactions/index.ts';
import { idempotent } from '../../../domain/system/index.ts';
import type { ApiContext } from '../../context.ts';
import { defineRoute } from '../../route.ts';
import { idParams } from '../clients/http.ts';
import { applyReminderPlan } from './timers.ts';

const tags = ['interactions'];
const at = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

const reminderSchema = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime(),
    text: z.string(),
    counterpartyId: z.number().int().nullable(),
    interactionId: z.number().int().nullable(),
    state: z.enum(reminderStates),
    firedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Reminder' });

const present = (r: Reminder): z.infer<typeof reminderSchema> => ({
  id: r.id,
  at: r.at.toISOString(),
  text: r.text,
  counterpartyId: r.counterpartyId ?? null,
  interactionId: r.interactionId ?? null,
  state: r.state,
  firedAt: r.firedFor ? r.firedFor.toISOString() : null,
});

export function reminderRoutes(ctx: ApiContext) {
  return [
    defineRoute({
      method: 'post',
      path: '/reminders',
      summary: 'A reminder for yourself at a time (in-app notification and e-mail, durable across restarts); Idempotency-Key makes retries safe',
      tags,
      access: 'user',
      body: z.strictObject({ at, text: z.string().trim().min(1).max(1000), counterpartyId: z.number().int().positive().max(2147483647).nullable().optional() }),
      responses: { 201: { description: 'Scheduled', schema: reminderSchema }, 404: { description: 'The counterparty is not within your reach' } },
      async handle({ em, user, body, req }) {
        const access = await loadAccess(em, user);
        const answer = await idempotent(em, { userId: user.id, scope: 'reminder.create', key: req.get('idempotency-key') }, async (tx) => {
          const { reminder, plan } = await createReminder(tx, access, body);
          await applyReminderPlan(ctx, plan);
          return { status: 201, body: present(reminder) };
        });
        return { status: answer.status, body: answer.body };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/reminders',
      summary: 'Your reminders (free ones and those of your planned interactions), soonest first',
      tags,
      access: 'user',
      query: z.object({ state: z.enum(reminderStates).optional() }),
      responses: { 200: { description: 'Reminders', schema: z.object({ items: z.array(reminderSchema) }) } },
      async handle({ em, user, query }) {
        return { body: { items: (await listReminders(em, await loadAccess(em, user), query.state)).map(present) } };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/reminders/:id',
      summary: 'Move your free reminder to another time (it fires again at the new time)',
      tags,
      access: 'user',
      params: idParams,
      body: z.strictObject({ at }),
      responses: { 200: { description: 'Rescheduled', schema: reminderSchema }, 404: { description: 'No such reminder of yours' }, 409: { description: 'An interaction’s reminder: move the interaction' } },
      async handle({ em, user, params, body }) {
        const access = await loadAccess(em, user);
        const r = await em.transactional(async (tx) => {
          const { reminder, plan } = await rescheduleReminder(tx, access, params.id, body.at);
          await applyReminderPlan(ctx, plan);
          return reminder;
        });
        return { body: present(r) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/reminders/:id/cancel',
      summary: 'Cancel your free reminder',
      tags,
      access: 'user',
      params: idParams,
      responses: { 200: { description: 'Cancelled', schema: reminderSchema }, 404: { description: 'No such reminder of yours' }, 409: { description: 'An interaction’s reminder: cancel the interaction' } },
      async handle({ em, user, params }) {
        const access = await loadAccess(em, user);
        const r = await em.transactional(async (tx) => {
          const { reminder, plan } = await cancelReminder(tx, access, params.id);
          await applyReminderPlan(ctx, plan);
          return reminder;
        });
        return { body: present(r) };
      },
    }),
  ];
}
