import { z } from 'zod';
import { loadAccess } from '../../../domain/access/index.ts';
import {
  cancelInteraction,
  completeInteraction,
  createInteraction,
  getInteraction,
  interactionCancel,
  interactionComplete,
  interactionCreate,
  interactionKinds,
  interactionPatch,
  interactionStateFilters,
  listInteractions,
  updateInteraction,
  type Changed,
} from '../../../domain/interactions/index.ts';
import { idempotent } from '../../../domain/system/index.ts';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApiContext } from '../../context.ts';
import { defineRoute } from '../../route.ts';
import { csvList, etag, idParams, refusingStale, requiredIfMatch } from '../clients/http.ts';
import { interactionSchema, presentInteraction } from './interaction.present.ts';
import { applyReminderPlan } from './timers.ts';

const tags = ['interactions'];
const notFound = { description: 'No such interaction, or not within your reach' };
const id = z.coerce.number().int().positive().max(2147483647);
const present = (c: never) => presentInteraction(c);

/** Optional If-Match: complete and cancel are safe without it, checked when sent. */
function optionalIfMatch(req: Parameters<typeof requiredIfMatch>[0]): number | null {
  return req.get('if-match') ? requiredIfMatch(req) : null;
}

export function interactionRoutes(ctx: ApiContext) {
  /** Runs a change and arms its reminder timer in one transaction. */
  const changing = (em: EntityManager, run: (tx: EntityManager) => Promise<Changed>) =>
    refusingStale(() => em.transactional(async (tx) => {
      const changed = await run(tx);
      await applyReminderPlan(ctx, changed.plan);
      return changed;
    }), present);
  /** The responsible's inbox lists planned contacts: it refreshes live after the commit. */
  const tell = (i: { id: number; responsibleId: number }) => ctx.push?.([`user:${i.responsibleId}`], 'inbox.changed', { interactionId: i.id, reason: 'contact' });
  const answer = ({ interaction }: Changed) => {
    tell(interaction);
    return { body: presentInteraction(interaction), headers: { etag: etag(interaction.version) } };
  };

  return [
    defineRoute({
      method: 'post',
      path: '/interactions',
      summary: 'Log a call, meeting, e-mail or note, or plan a contact (its responsible is reminded); Idempotency-Key makes retries safe',
      tags,
      access: 'user',
      body: interactionCreate,
      responses: { 201: { description: 'Created', schema: interactionSchema }, 403: { description: 'Your role may not create interactions, or it would be out of your reach' }, 422: { description: 'Invalid fields, unknown counterparty, contact or user' } },
      async handle({ em, user, body, req }) {
        const access = await loadAccess(em, user);
        const result = await idempotent(em, { userId: user.id, scope: 'interaction.create', key: req.get('idempotency-key') }, async (tx) => {
          const changed = await createInteraction(tx, access, body);
          await applyReminderPlan(ctx, changed.plan);
          return { status: 201, body: presentInteraction(changed.interaction) };
        });
        const version = (result.body as { lockVersion: number }).lockVersion;
        tell(result.body as { id: number; responsibleId: number });
        return { status: result.status, body: result.body, headers: { etag: etag(version), ...(result.replayed ? { 'idempotent-replayed': 'true' } : {}) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/interactions',
      summary: 'Interactions within your reach (your clients’, yours, those you take part in), filtered, one page at a time',
      tags,
      access: 'user',
      query: z.object({
        counterpartyId: id.optional(),
        responsibleId: id.optional(),
        kind: csvList(z.enum(interactionKinds)),
        state: z.enum(interactionStateFilters).optional().describe('overdue = planned and its time has passed'),
        from: z.iso.datetime({ offset: true }).transform((s) => new Date(s)).optional(),
        to: z.iso.datetime({ offset: true }).transform((s) => new Date(s)).optional(),
        sort: z.enum(['at', '-at']).default('-at'),
        limit: z.coerce.number().int().min(1).max(200).default(50),
        cursor: z.string().max(500).optional(),
      }),
      responses: { 200: { description: 'A page; pass nextCursor as cursor for the next', schema: z.object({ items: z.array(interactionSchema), nextCursor: z.string().nullable() }) }, 403: { description: 'Your role may not read interactions' } },
      async handle({ em, user, query }) {
        const page = await listInteractions(em, await loadAccess(em, user), query);
        return { body: { items: page.items.map(presentInteraction), nextCursor: page.nextCursor } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/interactions/:id',
      summary: 'One interaction (ETag for If-Match)',
      tags,
      access: 'user',
      params: idParams,
      responses: { 200: { description: 'The interaction', schema: interactionSchema }, 404: notFound },
      async handle({ em, user, params }) {
        const i = await getInteraction(em, await loadAccess(em, user), params.id);
        return { body: presentInteraction(i), headers: { etag: etag(i.version) } };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/interactions/:id',
      summary: 'Change an interaction (moving a planned one moves its reminder); needs If-Match',
      tags,
      access: 'user',
      params: idParams,
      body: interactionPatch,
      responses: { 200: { description: 'Updated', schema: interactionSchema }, 403: { description: 'Out of your reach after the change' }, 404: notFound, 412: { description: 'Changed since you read it; `current` holds it' }, 428: { description: 'If-Match is required' } },
      async handle({ em, user, params, body, req }) {
        const expected = requiredIfMatch(req);
        const access = await loadAccess(em, user);
        return answer(await changing(em, (tx) => updateInteraction(tx, access, params.id, body, expected)));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/interactions/:id/complete',
      summary: 'Mark a planned interaction done with its result (and next step); its reminder stops',
      tags,
      access: 'user',
      params: idParams,
      body: interactionComplete,
      responses: { 200: { description: 'Done', schema: interactionSchema }, 404: notFound, 409: { description: 'Not planned (already done or cancelled)' }, 412: { description: 'If-Match sent and stale' } },
      async handle({ em, user, params, body, req }) {
        const expected = optionalIfMatch(req);
        const access = await loadAccess(em, user);
        return answer(await changing(em, (tx) => completeInteraction(tx, access, params.id, body, expected)));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/interactions/:id/cancel',
      summary: 'Cancel a planned interaction (optional reason); its reminder stops',
      tags,
      access: 'user',
      params: idParams,
      body: interactionCancel,
      responses: { 200: { description: 'Cancelled', schema: interactionSchema }, 404: notFound, 409: { description: 'Not planned (already done or cancelled)' }, 412: { description: 'If-Match sent and stale' } },
      async handle({ em, user, params, body, req }) {
        const expected = optionalIfMatch(req);
        const access = await loadAccess(em, user);
        return answer(await changing(em, (tx) => cancelInteraction(tx, access, params.id, body, expected)));
      },
    }),
  ];
}
