import { z } from 'zod';
import { loadAccess } from '../../../domain/access/index.ts';
import {
  bulkUpdate,
  counterpartyCreate,
  counterpartyKinds,
  counterpartyPatch,
  counterpartyStatuses,
  createCounterparty,
  deleteCounterparty,
  getCompletenessSettings,
  getCounterparty,
  historyOf,
  labelledChanges,
  listCounterparties,
  mergedInto,
  relationshipTypes,
  sortKeys,
  updateCounterparty,
} from '../../../domain/clients/index.ts';
import { DomainError } from '../../../domain/errors.ts';
import { idempotent } from '../../../domain/system/index.ts';
import { defineRoute, type RouteResult } from '../../route.ts';
import { counterpartySchema, presentCounterparty } from './counterparty.present.ts';
import { csvList, etag, idParams, refusingStale, requiredIfMatch } from './http.ts';

const text = z.string().trim().min(1).max(200);
export const filterQuery = {
  status: csvList(z.enum(counterpartyStatuses)),
  tags: csvList(z.string().max(60)),
  kind: z.enum(counterpartyKinds).optional(),
  relationship: z.enum(relationshipTypes).optional(),
  responsibleId: z.coerce.number().int().positive().optional(),
  teamId: z.coerce.number().int().positive().optional(),
  industry: text.optional(),
  region: text.optional(),
  abcClass: csvList(z.enum(['A', 'B', 'C'])),
  xyzClass: csvList(z.enum(['X', 'Y', 'Z'])),
  q: text.optional(),
};

export const changeSchema = z.object({
  id: z.number(),
  recordType: z.string(),
  recordId: z.number().int(),
  action: z.string(),
  field: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  oldLabel: z.string().nullable().meta({ description: 'Name of the record an id value points at (responsible, team, parent client); null for other fields' }),
  newLabel: z.string().nullable(),
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable().meta({ description: 'Display name of the user who made the change' }),
  workflowId: z.string().nullable().meta({ description: 'The process instance that made the change (actorId is then null)' }),
  changedAt: z.iso.datetime(),
}).meta({ id: 'ClientChange' });

const notFound = { description: 'No such counterparty, or not within your reach' };
const tags = ['clients'];

export function counterpartyRoutes() {
  return [
    defineRoute({
      method: 'post',
      path: '/counterparties',
      summary: 'Create a counterparty (company or person); send Idempotency-Key to make retries safe',
      tags,
      access: 'user',
      body: counterpartyCreate,
      responses: { 201: { description: 'Created', schema: counterpartySchema }, 403: { description: 'Your role may not create counterparties' }, 422: { description: 'Invalid fields, unknown references' } },
      async handle({ em, user, body, req }) {
        const access = await loadAccess(em, user);
        const { settings } = await getCompletenessSettings(em);
        const answer = await idempotent(em, { userId: user.id, scope: 'counterparty.create', key: req.get('idempotency-key') }, async (tx) => ({
          status: 201,
          body: presentCounterparty(await createCounterparty(tx, access, body), settings),
        }));
        const version = (answer.body as { lockVersion: number }).lockVersion;
        return { status: answer.status, body: answer.body, headers: { etag: etag(version), ...(answer.replayed ? { 'idempotent-replayed': 'true' } : {}) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/counterparties',
      summary: 'Counterparties within your reach, filtered, sorted, one page at a time',
      tags,
      access: 'user',
      query: z.object({
        ...filterQuery,
        sort: z.enum(sortKeys).default('name'),
        limit: z.coerce.number().int().min(1).max(200).default(50),
        cursor: z.string().max(500).optional(),
      }),
      responses: { 200: { description: 'A page; pass nextCursor as cursor for the next', schema: z.object({ items: z.array(counterpartySchema), nextCursor: z.string().nullable() }) } },
      async handle({ em, user, query }) {
        const access = await loadAccess(em, user);
        const { settings } = await getCompletenessSettings(em);
        const page = await listCounterparties(em, access, query);
        return { body: { items: page.items.map((c) => presentCounterparty(c, settings)), nextCursor: page.nextCursor } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/counterparties/:id',
      summary: 'One counterparty card with its completeness (ETag for If-Match)',
      tags,
      access: 'user',
      params: idParams,
      responses: { 200: { description: 'The card', schema: counterpartySchema }, 308: { description: 'Merged into another record: Location names the survivor' }, 404: notFound },
      async handle({ em, user, params }): Promise<RouteResult> {
        const access = await loadAccess(em, user);
        const c = await getCounterparty(em, access, params.id).catch(async (err: unknown) => {
          const survivor = err instanceof DomainError && err.status === 404 ? await mergedInto(em, access, params.id) : null;
          if (survivor === null) throw err;
          return survivor;
        });
        if (typeof c === 'number') {
          return { status: 308, body: { mergedInto: c }, headers: { location: `/api/v1/counterparties/${c}` } as Record<string, string> };
        }
        const { settings } = await getCompletenessSettings(em);
        return { body: presentCounterparty(c, settings), headers: { etag: etag(c.version) } };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/counterparties/:id',
      summary: 'Change fields of a counterparty; needs If-Match with the ETag you read',
      tags,
      access: 'user',
      params: idParams,
      body: counterpartyPatch,
      responses: {
        200: { description: 'Updated', schema: counterpartySchema },
        403: { description: 'The change would move the record out of your reach' },
        404: notFound,
        412: { description: 'Changed since you read it; `current` holds the current record' },
        428: { description: 'If-Match is required' },
      },
      async handle({ em, user, params, body, req }) {
        const expected = requiredIfMatch(req);
        const access = await loadAccess(em, user);
        const { settings } = await getCompletenessSettings(em);
        const present = (c: never) => presentCounterparty(c, settings);
        const c = await refusingStale(() => updateCounterparty(em, access, params.id, body, expected), present);
        return { body: present(c as never), headers: { etag: etag(c.version) } };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/counterparties/:id',
      summary: 'Delete a counterparty with its contacts; needs If-Match (the history stays)',
      tags,
      access: 'user',
      params: idParams,
      responses: { 204: { description: 'Deleted' }, 404: notFound, 412: { description: 'Changed since you read it' }, 428: { description: 'If-Match is required' } },
      async handle({ em, user, params, req }) {
        const expected = requiredIfMatch(req);
        const access = await loadAccess(em, user);
        await refusingStale(() => deleteCounterparty(em, access, params.id, expected), (c) => presentCounterparty(c));
        return { status: 204 };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/counterparties/:id/history',
      summary: 'Field-level change history of a counterparty and its contacts (newest first)',
      tags,
      access: 'user',
      params: idParams,
      responses: { 200: { description: 'Changes', schema: z.object({ items: z.array(changeSchema) }) }, 404: notFound },
      async handle({ em, user, params }) {
        const access = await loadAccess(em, user);
        await getCounterparty(em, access, params.id);
        const items = await labelledChanges(em, access, await historyOf(em, { counterpartyId: params.id }));
        return { body: { items: items.map((c) => ({ ...c, actorId: c.actorId ?? null, workflowId: c.workflowId ?? null, changedAt: c.changedAt.toISOString() })) } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/counterparties/bulk',
      summary: 'One action on a selection in one transaction: assign responsible, add/remove tag, change status',
      tags,
      access: 'user',
      body: z.strictObject({
        ids: z.array(z.number().int().positive()).min(1).max(1000),
        action: z.discriminatedUnion('type', [
          z.strictObject({ type: z.literal('assign'), responsibleId: z.number().int().positive() }),
          z.strictObject({ type: z.literal('addTag'), tag: z.string().trim().min(1).max(60) }),
          z.strictObject({ type: z.literal('removeTag'), tag: z.string().trim().min(1).max(60) }),
          z.strictObject({ type: z.literal('setStatus'), status: z.enum(counterpartyStatuses) }),
        ]),
      }),
      responses: {
        200: { description: 'All updated', schema: z.object({ updated: z.number().int() }) },
        403: { description: 'The result would leave your reach; nothing changed' },
        404: { description: 'Some ids are not within your reach; nothing changed (`errors[0].params.ids`)' },
      },
      async handle({ em, user, body }) {
        return { body: await bulkUpdate(em, await loadAccess(em, user), body.ids, body.action) };
      },
    }),
  ];
}
