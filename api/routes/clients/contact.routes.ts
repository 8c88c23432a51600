import { z } from 'zod';
import { loadAccess } from '../../../domain/access/index.ts';
import {
  channels,
  contactCreate,
  contactPatch,
  createContact,
  createRelation,
  deleteContact,
  decisionRoles,
  deleteRelation,
  historyOf,
  labelledChanges,
  listContacts,
  relationEnds,
  relationKinds,
  relationsOf,
  updateContact,
  visibleContact,
  type ContactPerson,
  type RelationView,
} from '../../../domain/clients/index.ts';
import { idempotent } from '../../../domain/system/index.ts';
import { defineRoute } from '../../route.ts';
import { etag, idParams, refusingStale, requiredIfMatch } from './http.ts';
import { changeSchema } from './counterparty.routes.ts';

export const contactSchema = z
  .object({
    id: z.number().int(),
    counterpartyId: z.number().int(),
    fullName: z.string(),
    position: z.string().nullable(),
    decisionRole: z.enum(decisionRoles).nullable(),
    phones: z.array(z.object({ number: z.string(), label: z.string().optional() })),
    emails: z.array(z.object({ address: z.string(), label: z.string().optional() })),
    messengers: z.array(z.object({ kind: z.string(), handle: z.string() })),
    birthday: z.string().nullable(),
    preferredChannel: z.enum(channels).nullable(),
    note: z.string().nullable(),
    isPrimary: z.boolean().meta({ description: 'The client’s primary contact (at most one per client)' }),
    lockVersion: z.number().int(),
  })
  .meta({ id: 'ContactPerson' });

export function presentContact(c: ContactPerson) {
  return {
    id: c.id,
    counterpartyId: c.counterpartyId,
    fullName: c.fullName,
    position: c.position ?? null,
    decisionRole: c.decisionRole ?? null,
    phones: c.phones,
    emails: c.emails,
    messengers: c.messengers,
    birthday: c.birthday ?? null,
    preferredChannel: c.preferredChannel ?? null,
    note: c.note ?? null,
    isPrimary: c.isPrimary,
    lockVersion: c.version,
  };
}

export const relationSchema = z.object({
  id: z.number().int(),
  kind: z.enum(relationKinds),
  direction: z.enum(['outgoing', 'incoming']),
  other: z.object({ type: z.enum(relationEnds), id: z.number().int(), name: z.string().nullable() }),
  note: z.string().nullable(),
  createdAt: z.iso.datetime(),
}).meta({ id: 'Relation' });
export const presentRelation = (r: RelationView) => ({ ...r, createdAt: r.createdAt.toISOString() });

const end = z.strictObject({ type: z.enum(relationEnds), id: z.number().int().positive() });
const tags = ['clients'];
const notFound = { description: 'Not found, or not within your reach' };

export function contactRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/counterparties/:id/contacts',
      summary: 'Contact persons of a counterparty',
      tags,
      access: 'user',
      params: idParams,
      responses: { 200: { description: 'Contacts', schema: z.object({ items: z.array(contactSchema) }) }, 404: notFound },
      async handle({ em, user, params }) {
        return { body: { items: (await listContacts(em, await loadAccess(em, user), params.id)).map(presentContact) } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/counterparties/:id/contacts',
      summary: 'Add a contact person (Idempotency-Key makes retries safe)',
      tags,
      access: 'user',
      params: idParams,
      body: contactCreate,
      responses: { 201: { description: 'Created', schema: contactSchema }, 404: notFound, 422: { description: 'Invalid fields' } },
      async handle({ em, user, params, body, req }) {
        const access = await loadAccess(em, user);
        const answer = await idempotent(em, { userId: user.id, scope: `contact.create:${params.id}`, key: req.get('idempotency-key') }, async (tx) => ({
          status: 201,
          body: presentContact(await createContact(tx, access, params.id, body)),
        }));
        return { status: answer.status, body: answer.body, headers: { etag: etag((answer.body as { lockVersion: number }).lockVersion) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/contacts/:id',
      summary: 'One contact person',
      tags,
      access: 'user',
      params: idParams,
      responses: { 200: { description: 'The contact', schema: contactSchema }, 404: notFound },
      async handle({ em, user, params }) {
        const c = await visibleContact(em, await loadAccess(em, user), params.id);
        return { body: presentContact(c), headers: { etag: etag(c.version) } };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/contacts/:id',
      summary: 'Change a contact person; needs If-Match',
      tags,
      access: 'user',
      params: idParams,
      body: contactPatch,
      responses: { 200: { description: 'Updated', schema: contactSchema }, 404: notFound, 412: { description: 'Changed since you read it' }, 428: { description: 'If-Match is required' } },
      async handle({ em, user, params, body, req }) {
        const expected = requiredIfMatch(req);
        const access = await loadAccess(em, user);
        const c = await refusingStale(() => updateContact(em, access, params.id, body, expected), presentContact);
        return { body: presentContact(c), headers: { etag: etag(c.version) } };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/contacts/:id',
      summary: 'Remove a contact person; needs If-Match',
      tags,
      access: 'user',
      params: idParams,
      responses: { 204: { description: 'Removed' }, 404: notFound, 412: { description: 'Changed since you read it' }, 428: { description: 'If-Match is required' } },
      async handle({ em, user, params, req }) {
        const expected = requiredIfMatch(req);
        await refusingStale(async () => deleteContact(em, await loadAccess(em, user), params.id, expected), presentContact);
        return { status: 204 };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/contacts/:id/history',
      summary: 'Field-level change history of a contact person',
      tags,
      access: 'user',
      params: idParams,
      responses: { 200: { description: 'Changes', schema: z.object({ items: z.array(changeSchema) }) }, 404: notFound },
      async handle({ em, user, params }) {
        const access = await loadAccess(em, user);
        await visibleContact(em, access, params.id);
        const items = await labelledChanges(em, access, await historyOf(em, { recordType: 'contact', recordId: params.id }));
        return { body: { items: items.map((c) => ({ ...c, actorId: c.actorId ?? null, workflowId: c.workflowId ?? null, changedAt: c.changedAt.toISOString() })) } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/relations',
      summary: 'Relate two counterparties or persons (parent company, partner, competitor, supplier, influences)',
      tags,
      access: 'user',
      body: z.strictObject({ from: end, to: end, kind: z.enum(relationKinds), note: z.string().trim().max(1000).nullable().optional() }),
      responses: { 201: { description: 'Created' }, 409: { description: 'Exists already' }, 422: { description: 'An end is unknown or out of reach' } },
      async handle({ em, user, body }) {
        const r = await createRelation(em, await loadAccess(em, user), body);
        return { status: 201, body: { ...r, createdAt: r.createdAt.toISOString() } };
      },
    }),
    ...(['counterparty', 'contact'] as const).map((type) =>
      defineRoute({
        method: 'get',
        path: `/${type === 'counterparty' ? 'counterparties' : 'contacts'}/:id/relations`,
        summary: `Relations of a ${type}, both directions`,
        tags,
        access: 'user',
        params: idParams,
        responses: { 200: { description: 'Relations', schema: z.object({ items: z.array(relationSchema) }) }, 404: notFound },
        async handle({ em, user, params }) {
          return { body: { items: (await relationsOf(em, await loadAccess(em, user), { type, id: params.id })).map(presentRelation) } };
        },
      }),
    ),
    defineRoute({
      method: 'delete',
      path: '/relations/:id',
      summary: 'Remove a relation',
      tags,
      access: 'user',
      params: idParams,
      responses: { 204: { description: 'Removed' }, 404: notFound },
      async handle({ em, user, params }) {
        await deleteRelation(em, await loadAccess(em, user), params.id);
        return { status: 204 };
      },
    }),
  ];
}
