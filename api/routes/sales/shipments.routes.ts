import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadAccess } from '../../../domain/access/index.ts';
import { closeShipment, createShipment, DealSchema, isOverdue, recordNames, shipmentsInReach, shipmentStates, updateShipment, visibleShipment, type Shipment } from '../../../domain/sales/index.ts';
import type { ApiContext } from '../../context.ts';
import { labelsFor } from '../../exports/labels.ts';
import { shipmentSheets } from '../../exports/shipments.sheets.ts';
import { formatParam, sendWorkbook, wantsXlsx } from '../../exports/workbook.ts';
import { defineRoute } from '../../route.ts';
import { checkVersion, creationKey, decodeCursor, etag, idParams, isoDate, listSchema, page, pageQuery, requireIfMatch, salesReaders, salesWriters } from './http.ts';
import { startShipmentProcess, tellShipmentProcess } from './shipment-process.ts';

const tags = ['shipments'];
const notFound = { description: 'No such shipment, or not within your reach' };
/** Quantities keep three decimals at most, as on invoices (kept as thousandths there). */
const qty = z.number().positive().max(1e9).refine((n) => Math.abs(n * 1000 - Math.round(n * 1000)) < 1e-6, 'At most three decimals');
const line = z.strictObject({ productId: z.number().int().positive(), qty });
const lines = z.array(line).min(1).max(200);
const plannedAt = z.iso.datetime({ offset: true }).meta({ description: 'When the goods are to leave (ISO date-time); past it, unshipped, the shipment is overdue' });

const shipmentSchema = z
  .object({
    id: z.number().int(), dealId: z.number().int().nullable(), invoiceId: z.number().int().nullable(), counterpartyId: z.number().int().nullable(),
    responsibleId: z.number().int(), lines: z.array(z.object({ productId: z.number().int(), qty: z.number() })), plannedAt: z.string(),
    shippedOn: z.string().nullable(), state: z.enum(shipmentStates), overdue: z.boolean(), notes: z.string().nullable(), workflowId: z.string().nullable(),
    createdAt: z.string(), version: z.number().int(),
  })
  .meta({ id: 'Shipment' });

const present = (s: Shipment) => ({
  id: s.id, dealId: s.dealId ?? null, invoiceId: s.invoiceId ?? null, counterpartyId: s.counterpartyId ?? null, responsibleId: s.responsibleId,
  lines: s.lines, plannedAt: s.plannedAt.toISOString(), shippedOn: s.shippedOn ?? null, state: s.state, overdue: isOverdue(s), notes: s.notes ?? null,
  workflowId: s.workflowId ?? null, createdAt: s.createdAt.toISOString(), version: s.version,
});

const dealTitle = async (em: EntityManager, dealId: number | null | undefined) => (dealId ? ((await em.findOne(DealSchema, { id: dealId }, { fields: ['title'] }))?.title ?? null) : null);

export function shipmentRoutes(ctx: ApiContext) {
  return [
    defineRoute({
      method: 'post', path: '/shipments', summary: 'Plan a shipment of a deal (or of its invoice); its process escalates when the planned time passes unshipped', tags, access: salesWriters,
      body: z.strictObject({
        dealId: z.number().int().positive().optional(), invoiceId: z.number().int().positive().optional(), lines, plannedAt,
        notes: z.string().trim().max(2000).nullable().optional(), responsibleId: z.number().int().positive().optional(),
      }),
      responses: { 201: { description: 'Planned, watched by its process', schema: shipmentSchema }, 200: { description: 'Replayed Idempotency-Key' }, 422: { description: 'Unknown deal, invoice, product or user' }, 503: { description: 'The process engine did not answer; nothing saved' } },
      async handle({ em, body, user, req }) {
        const access = await loadAccess(em, user);
        const key = creationKey(req);
        const { shipment, created } = await em.transactional(async (tx) => {
          const result = await createShipment(tx, access, { ...body, plannedAt: new Date(body.plannedAt) }, key);
          if (result.created) await startShipmentProcess(ctx, tx, result.shipment, await dealTitle(tx, result.shipment.dealId), user.id);
          return result;
        });
        const fresh = await visibleShipment(em.fork(), access, shipment.id);
        return { status: created ? 201 : 200, body: present(fresh), headers: { etag: etag(fresh.version), location: `/api/v1/shipments/${fresh.id}` } };
      },
    }),
    defineRoute({
      method: 'get', path: '/shipments', summary: 'Shipments within your reach; filter by deal, client, state, overdue; cursor pages', tags, access: salesReaders,
      query: z.object({
        ...pageQuery, dealId: z.coerce.number().int().positive().optional(), counterpartyId: z.coerce.number().int().positive().optional(),
        state: z.enum(shipmentStates).optional(), overdue: z.enum(['true', 'false']).optional(), ...formatParam,
      }),
      responses: { 200: { description: 'A page (or, for format=xlsx, every matching shipment as a workbook)', schema: listSchema(shipmentSchema) } },
      async handle({ em, query, user, req, res }) {
        const qb = shipmentsInReach(em, await loadAccess(em, user));
        const xlsx = wantsXlsx(req, query.format);
        const after = decodeCursor(query.after);
        // The workbook holds the whole filtered list, not the page the screen shows.
        if (after && !xlsx) qb.andWhere({ id: { $gt: after } });
        if (query.dealId) qb.andWhere({ dealId: query.dealId });
        if (query.counterpartyId) qb.andWhere({ counterpartyId: query.counterpartyId });
        if (query.state) qb.andWhere({ state: query.state });
        if (query.overdue === 'true') qb.andWhere({ state: 'planned', plannedAt: { $lt: new Date() } });
        if (query.overdue === 'false') qb.andWhere({ $not: { state: 'planned', plannedAt: { $lt: new Date() } } });
        if (xlsx) {
          const rows = await qb.orderBy({ id: 'asc' }).limit(10_000).getResult();
          const names = await recordNames(em, { deals: rows.map((s) => s.dealId), clients: rows.map((s) => s.counterpartyId), users: rows.map((s) => s.responsibleId), products: rows.flatMap((s) => s.lines.map((l) => l.productId)) });
          return sendWorkbook(res, 'shipments', shipmentSheets(rows, names, labelsFor(req, user)));
        }
        return { body: page(await qb.orderBy({ id: 'asc' }).limit(query.limit + 1).getResult(), query.limit, present) };
      },
    }),
    defineRoute({
      method: 'get', path: '/shipments/:id', summary: 'One shipment (ETag for If-Match)', tags, access: salesReaders, params: idParams,
      responses: { 200: { description: 'The shipment', schema: shipmentSchema }, 404: notFound },
      async handle({ em, params, user }) {
        const s = await visibleShipment(em, await loadAccess(em, user), params.id);
        return { body: present(s), headers: { etag: etag(s.version) } };
      },
    }),
    defineRoute({
      method: 'patch', path: '/shipments/:id', summary: 'Change a planned shipment; a new planned time or responsible re-arms its timer; needs If-Match', tags, access: salesWriters, params: idParams,
      body: z.strictObject({ lines: lines.optional(), plannedAt: plannedAt.optional(), notes: z.string().trim().max(2000).nullable().optional(), responsibleId: z.number().int().positive().optional() }),
      responses: { 200: { description: 'Changed', schema: shipmentSchema }, 404: notFound, 409: { description: 'Not planned any more' }, 412: { description: 'Stale If-Match' }, 428: { description: 'If-Match missing' } },
      async handle({ em, params, body, user, req }) {
        const expected = requireIfMatch(req);
        const access = await loadAccess(em, user);
        const current = await visibleShipment(em, access, params.id);
        checkVersion(expected, current, () => present(current));
        const s = await em.fork().transactional(async (tx) => {
          const { shipment, replanned } = await updateShipment(tx, access, params.id, expected, { ...body, plannedAt: body.plannedAt ? new Date(body.plannedAt) : undefined });
          if (replanned) await tellShipmentProcess(ctx, shipment, 'replanned', await dealTitle(tx, shipment.dealId));
          return shipment;
        });
        return { body: present(s), headers: { etag: etag(s.version) } };
      },
    }),
    ...(['ship', 'cancel'] as const).map((action) =>
      defineRoute({
        method: 'post', path: `/shipments/:id/${action}`, tags, access: salesWriters, params: idParams,
        summary: action === 'ship' ? 'Mark a planned shipment shipped (shippedOn, default today); its timer stops; needs If-Match' : 'Cancel a planned shipment; its timer stops; needs If-Match',
        body: action === 'ship' ? z.strictObject({ shippedOn: isoDate.optional() }).default({}) : z.strictObject({}).default({}),
        responses: { 200: { description: 'Done', schema: shipmentSchema }, 404: notFound, 409: { description: 'Not planned any more' }, 412: { description: 'Stale If-Match' }, 428: { description: 'If-Match missing' } },
        async handle({ em, params, body, user, req }) {
          const expected = requireIfMatch(req);
          const access = await loadAccess(em, user);
          const current = await visibleShipment(em, access, params.id);
          checkVersion(expected, current, () => present(current));
          const to = action === 'ship' ? 'shipped' : 'cancelled';
          const s = await em.fork().transactional(async (tx) => {
            const shipment = await closeShipment(tx, access, params.id, expected, to, (body as { shippedOn?: string }).shippedOn);
            await tellShipmentProcess(ctx, shipment, to, null);
            return shipment;
          });
          return { body: present(s), headers: { etag: etag(s.version) } };
        },
      }),
    ),
  ];
}
