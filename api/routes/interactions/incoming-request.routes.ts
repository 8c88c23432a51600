import { z } from 'zod';
import { loadAccess } from '../../../domain/access/index.ts';
import { listIncomingRequests, markRequestRead, registerIncomingRequest, unreadRequestCount, requestChannels, requestNames, routings, type IncomingRequest, type RequestNames } from '../../../domain/interactions/index.ts';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Notification } from '../../../domain/notifications/index.ts';
import { idempotent } from '../../../domain/system/index.ts';
import type { ApiContext } from '../../context.ts';
import { defineRoute } from '../../route.ts';
import { labelsFor } from '../../exports/labels.ts';
import { requestSheets } from '../../exports/requests.sheets.ts';
import { formatParam, sendWorkbook, wantsXlsx } from '../../exports/workbook.ts';
import { idParams } from '../clients/http.ts';

const tags = ['interactions'];
const id = z.number().int().positive().max(2147483647);

const requestSchema = z
  .object({
    id: z.number().int(),
    counterpartyId: z.number().int().nullable(),
    counterpartyName: z.string().nullable(),
    from: z.string(),
    channel: z.enum(requestChannels),
    text: z.string(),
    addresseeId: z.number().int(),
    addresseeName: z.string().nullable(),
    teamId: z.number().int().nullable(),
    routedBy: z.enum(routings),
    read: z.boolean(),
    readAt: z.iso.datetime().nullable(),
    createdBy: z.number().int().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'IncomingRequest' });

const present = (r: IncomingRequest, names: RequestNames): z.infer<typeof requestSchema> => ({
  id: r.id,
  counterpartyId: r.counterpartyId ?? null,
  counterpartyName: r.counterpartyId ? (names.clients.get(r.counterpartyId) ?? null) : null,
  from: r.sender,
  channel: r.channel,
  text: r.text,
  addresseeId: r.addresseeId,
  addresseeName: names.people.get(r.addresseeId) ?? null,
  teamId: r.teamId ?? null,
  routedBy: r.routedBy,
  read: !!r.readAt,
  readAt: r.readAt ? r.readAt.toISOString() : null,
  createdBy: r.createdBy ?? null,
  createdAt: r.createdAt.toISOString(),
});

/** Requests with the names of their addressees and clients, as people read them. */
async function presentAll(em: EntityManager, rows: IncomingRequest[]) {
  const names = await requestNames(em, rows);
  return rows.map((r) => present(r, names));
}

function pushNotification(ctx: ApiContext, n: Notification): void {
  const payload = { id: n.id, kind: n.kind, title: n.title, body: n.body.slice(0, 1000), link: n.link ?? null, createdAt: n.createdAt.toISOString(), readAt: null };
  ctx.push?.([`user:${n.userId}`], 'notification', payload);
}

/** The event every tab of a user follows for the menu badge: their unread count, after the change committed. */
export const UNREAD_REQUESTS_EVENT = 'incoming-requests:unread';

async function pushUnreadCount(ctx: ApiContext, em: EntityManager, userId: number): Promise<void> {
  try {
    ctx.push?.([`user:${userId}`], UNREAD_REQUESTS_EVENT, { count: await unreadRequestCount(em, userId) });
  } catch (err) {
    // The change is committed; a badge that lags until the next load is not worth failing it.
    console.warn(String(err));
  }
}

export function incomingRequestRoutes(ctx: ApiContext) {
  return [
    defineRoute({
      method: 'post',
      path: '/incoming-requests',
      summary: 'Register a call or message for someone who is out; addressed to a user, or to a team (its head, else the member with the fewest unread)',
      tags,
      access: 'user',
      body: z.strictObject({
        counterpartyId: id.nullable().optional(),
        from: z.string().trim().min(1).max(300),
        channel: z.enum(requestChannels),
        text: z.string().trim().min(1).max(4000),
        addressee: z.union([z.strictObject({ userId: id }), z.strictObject({ teamId: id })]),
      }),
      responses: { 201: { description: 'Registered and routed', schema: requestSchema }, 403: { description: 'Your role may not register requests' }, 422: { description: 'Unknown counterparty, user or team; a team with nobody to route to' } },
      async handle({ em, user, body, req }) {
        const access = await loadAccess(em, user);
        let notice: Notification | null = null;
        const answer = await idempotent(em, { userId: user.id, scope: 'incoming_request.create', key: req.get('idempotency-key') }, async (tx) => {
          const { request, notification } = await registerIncomingRequest(tx, access, body);
          notice = notification;
          return { status: 201, body: (await presentAll(tx, [request]))[0] };
        });
        // After the commit: the addressee sees it arrive (the web app lists it under notifications too).
        if (notice) pushNotification(ctx, notice);
        if (answer.status === 201) await pushUnreadCount(ctx, em, (answer.body as { addresseeId: number }).addresseeId);
        return { status: answer.status, body: answer.body, headers: answer.replayed ? { 'idempotent-replayed': 'true' } : undefined };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/incoming-requests',
      summary: 'Requests addressed to you or registered by you (a head: the team’s); unread=true is your own unread inbox',
      tags,
      access: 'user',
      query: z.object({
        unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
        counterpartyId: z.coerce.number().int().positive().max(2147483647).optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
        before: z.coerce.number().int().positive().max(2147483647).optional().describe('id cursor: the page after the last id you saw'),
        ...formatParam,
      }),
      responses: { 200: { description: 'Newest first (with format=xlsx: every one in reach, up to 10 000, as a workbook)', schema: z.object({ items: z.array(requestSchema), unreadCount: z.number().int() }) } },
      async handle({ em, user, query, req, res }) {
        const access = await loadAccess(em, user);
        if (wantsXlsx(req, query.format)) {
          const all = await listIncomingRequests(em, access, { ...query, before: undefined, limit: 10_000 });
          return sendWorkbook(res, 'incoming-requests', requestSheets(await presentAll(em, all), labelsFor(req, user)));
        }
        const items = await listIncomingRequests(em, access, query);
        const unread = await listIncomingRequests(em, access, { unread: true, limit: 1000 });
        return { body: { items: await presentAll(em, items), unreadCount: unread.length } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/incoming-requests/:id/read',
      summary: 'The addressee marks a request read',
      tags,
      access: 'user',
      params: idParams,
      responses: { 200: { description: 'Read', schema: requestSchema }, 403: { description: 'Not addressed to you' }, 404: { description: 'No such request, or not within your reach' } },
      async handle({ em, user, params }) {
        const read = await markRequestRead(em, await loadAccess(em, user), params.id);
        // Every tab of the reader (the menu badge) follows, not only the one that read it.
        await pushUnreadCount(ctx, em, user.id);
        return { body: (await presentAll(em, [read]))[0] };
      },
    }),
  ];
}
