import { z } from 'zod';
import { loadAccess } from '../../../domain/access/index.ts';
import { getCounterparty, historyOf } from '../../../domain/clients/index.ts';
import { DomainError } from '../../../domain/errors.ts';
import { createDeal, dealNames, dealStatuses, dealsInReach, recordNames, searchDeals, updateDeal, visibleDeal } from '../../../domain/sales/index.ts';
import type { ApiContext } from '../../context.ts';
import { dealSheets } from '../../exports/deals.sheets.ts';
import { labelsFor } from '../../exports/labels.ts';
import { formatParam, sendWorkbook, wantsXlsx } from '../../exports/workbook.ts';
import { defineRoute } from '../../route.ts';
import { checkDealProcess, moveDeal, startDealProcess } from './deal-process.ts';
import { dealCreate, dealPatch, dealSchema, presentDeal } from './deals.schema.ts';
import { checkVersion, creationKey, decodeCursor, etag, idParams, listSchema, page, pageQuery, requireIfMatch, salesReaders, salesWriters } from './http.ts';

const tags = ['deals'];
const dealDetailSchema = dealSchema.extend({ responsibleName: z.string().nullable() }).meta({ id: 'DealDetail' });

const changeSchema = z.object({ id: z.number(), field: z.string(), action: z.string(), oldValue: z.unknown(), newValue: z.unknown(),
  oldLabel: z.string().nullable().meta({ description: 'The name of a person an id value stands for (responsibleId)' }), newLabel: z.string().nullable(),
  actorId: z.number().int().nullable(), actorName: z.string().nullable(), workflowId: z.string().nullable().meta({ description: 'The process instance that made the change (actorId is then null)' }), changedAt: z.string() }).meta({ id: 'DealChange' });
const notFound = { description: 'No such deal, or not within your reach' };

export function dealRoutes(ctx: ApiContext) {
  return [
    defineRoute({
      method: 'post', path: '/deals', summary: 'Create a deal; it starts its Sales process at once (Idempotency-Key makes a retry return the same deal)', tags, access: salesWriters,
      body: dealCreate,
      responses: { 201: { description: 'Created, process started', schema: dealSchema }, 200: { description: 'Replayed Idempotency-Key' }, 422: { description: 'Unknown counterparty, contact, product, user or process' } },
      async handle({ em, body, user, req }) {
        const access = await loadAccess(em, user);
        // An unknown process is refused before a deal exists that could not run it.
        await checkDealProcess(em, body.processKey, 'processKey');
        const { deal, created } = await createDeal(em, access, body, creationKey(req));
        await startDealProcess(ctx, em, deal, (await getCounterparty(em, access, deal.counterpartyId)).name, user.id);
        const fresh = await visibleDeal(em.fork(), access, deal.id);
        return { status: created ? 201 : 200, body: presentDeal(fresh), headers: { etag: etag(fresh.version), location: `/api/v1/deals/${deal.id}` } };
      },
    }),
    defineRoute({
      method: 'get', path: '/deals', summary: 'Deals within your reach; filter by status, stage, counterparty, process, responsible manager, or search title and client name; cursor pages', tags, access: salesReaders,
      query: z.object({
        ...pageQuery, status: z.enum(dealStatuses).optional(), stage: z.string().max(200).optional(), counterpartyId: z.coerce.number().int().positive().optional(),
        processKey: z.string().max(64).optional(), responsibleId: z.coerce.number().int().positive().optional(), ...formatParam,
        search: z.string().max(200).optional().meta({ description: "Part of the deal's title or its client's name, any case (pickers search as the user types)" }),
      }),
      responses: { 200: { description: 'A page (with format=xlsx: every matching deal, up to 10 000, as a workbook)', schema: listSchema(dealSchema) } },
      async handle({ em, query, user, req, res }) {
        const qb = searchDeals(dealsInReach(em, await loadAccess(em, user)), query.search);
        const xlsx = wantsXlsx(req, query.format);
        const after = decodeCursor(query.after);
        // The workbook holds the whole filtered list, not the page the screen shows.
        if (after && !xlsx) qb.andWhere({ id: { $gt: after } });
        if (query.status) qb.andWhere({ status: query.status });
        if (query.stage) qb.andWhere({ stage: query.stage });
        if (query.counterpartyId) qb.andWhere({ counterpartyId: query.counterpartyId });
        if (query.processKey) qb.andWhere({ processKey: query.processKey });
        if (query.responsibleId) qb.andWhere({ responsibleId: query.responsibleId });
        if (xlsx) {
          const deals = await qb.orderBy({ id: 'asc' }).limit(10_000).getResult();
          return sendWorkbook(res, 'deals', dealSheets(deals, await dealNames(em, deals), labelsFor(req, user)));
        }
        return { body: page(await qb.orderBy({ id: 'asc' }).limit(query.limit + 1).getResult(), query.limit, presentDeal) };
      },
    }),
    defineRoute({
      method: 'get', path: '/deals/:id', summary: 'One deal with its current stage (ETag for If-Match)', tags, access: salesReaders, params: idParams,
      responses: { 200: { description: 'The deal, with its responsible manager by name', schema: dealDetailSchema }, 404: notFound },
      async handle({ em, params, user }) {
        const deal = await visibleDeal(em, await loadAccess(em, user), params.id);
        const names = await recordNames(em, { users: [deal.responsibleId] });
        return { body: { ...presentDeal(deal), responsibleName: names.users.get(deal.responsibleId ?? 0) ?? null }, headers: { etag: etag(deal.version) } };
      },
    }),
    defineRoute({
      method: 'get', path: '/deals/:id/history', summary: "Field-level changes of a deal: who, when, old and new value (its stages are in the process log)", tags, access: salesReaders, params: idParams,
      responses: { 200: { description: 'Newest first', schema: z.object({ items: z.array(changeSchema) }) }, 404: notFound },
      async handle({ em, params, user }) {
        await visibleDeal(em, await loadAccess(em, user), params.id);
        const items = await historyOf(em, { recordType: 'deal', recordId: params.id });
        // Colleagues by name: the author, and the responsible manager a change set.
        const person = (field: string, value: unknown) => (field === 'responsibleId' && typeof value === 'number' ? value : null);
        const names = await recordNames(em, { users: items.flatMap((c) => [c.actorId, person(c.field, c.oldValue), person(c.field, c.newValue)]) });
        const nameOf = (id: number | null | undefined) => (id ? (names.users.get(id) ?? null) : null);
        return {
          body: {
            items: items.map((c) => ({
              id: c.id, field: c.field, action: c.action, oldValue: c.oldValue, newValue: c.newValue,
              oldLabel: nameOf(person(c.field, c.oldValue)), newLabel: nameOf(person(c.field, c.newValue)),
              actorId: c.actorId ?? null, actorName: nameOf(c.actorId), workflowId: c.workflowId ?? null, changedAt: c.changedAt.toISOString(),
            })),
          },
        };
      },
    }),
    defineRoute({
      method: 'patch', path: '/deals/:id', summary: "Change a deal's data (not its stage: that follows the process); needs If-Match", tags, access: salesWriters, params: idParams,
      body: dealPatch,
      responses: { 200: { description: 'Updated', schema: dealSchema }, 404: notFound, 412: { description: 'Stale If-Match' }, 428: { description: 'If-Match missing' } },
      async handle({ em, params, body, user, req }) {
        const expected = requireIfMatch(req);
        const access = await loadAccess(em, user);
        const current = await visibleDeal(em, access, params.id);
        checkVersion(expected, current, () => presentDeal(current));
        const deal = await updateDeal(em.fork(), access, params.id, expected, body);
        return { body: presentDeal(deal), headers: { etag: etag(deal.version) } };
      },
    }),
    defineRoute({
      method: 'post', path: '/deals/:id/move', summary: 'Move a deal to a stage: a message to its process; a move the model does not allow from here is refused (409)', tags, access: salesWriters, params: idParams,
      body: z.strictObject({ stage: z.string().trim().min(1).max(200), lostReason: z.string().trim().min(1).max(300).optional() }),
      responses: {
        202: { description: 'Sent to the process; the stage changes when the process moves', schema: z.object({ from: z.string().nullable(), to: z.string() }) },
        404: notFound, 409: { description: 'The model does not allow this move from the current stage (allowedStages lists those it does), or the deal is closed' },
        422: { description: 'Moving to Lost needs lostReason' },
      },
      async handle({ em, params, body, user }) {
        const access = await loadAccess(em, user);
        const deal = await visibleDeal(em, access, params.id);
        const lost = body.stage.toLowerCase() === 'lost';
        if (lost && !body.lostReason && !deal.lostReason) throw new DomainError('deal.lost_reason_required', 'Say why the deal is lost', 422, ['lostReason']);
        const moved = await moveDeal(ctx, em, deal, body.stage, lost ? { lostReason: body.lostReason ?? deal.lostReason } : {});
        if (lost && body.lostReason) await updateDeal(em.fork(), access, deal.id, deal.version, { lostReason: body.lostReason });
        return { status: 202, body: moved };
      },
    }),
  ];
}
