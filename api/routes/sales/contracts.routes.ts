import { z } from 'zod';
import { loadAccess } from '../../../domain/access/index.ts';
import { contractsInReach, createContract, recordNames, deleteContract, updateContract, visibleContract, type Contract } from '../../../domain/sales/index.ts';
import type { ApiContext } from '../../context.ts';
import { contractSheets } from '../../exports/contracts.sheets.ts';
import { labelsFor } from '../../exports/labels.ts';
import { formatParam, sendWorkbook, wantsXlsx } from '../../exports/workbook.ts';
import { defineRoute } from '../../route.ts';
import { applyExpiryPlan, contractReminderTime } from './contract-timer.ts';
import { checkVersion, creationKey, decodeCursor, etag, idParams, isoDate, listSchema, page, pageQuery, requireIfMatch, salesReaders, salesWriters } from './http.ts';

const tags = ['contracts'];
const notFound = { description: 'No such contract, or not within your reach' };
const editable = {
  number: z.string().trim().min(1).max(60),
  subject: z.string().trim().max(500).nullable(),
  documentId: z.number().int().positive().nullable(),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  remindDaysBefore: z.number().int().min(0).max(365).meta({ description: 'Days before validTo the responsible is reminded (default 30)' }),
  responsibleId: z.number().int().positive(),
};

const contractSchema = z
  .object({
    id: z.number().int(), number: z.string(), subject: z.string().nullable(), dealId: z.number().int().nullable(), counterpartyId: z.number().int(),
    documentId: z.number().int().nullable(), validFrom: z.string(), validTo: z.string().nullable(), remindDaysBefore: z.number().int(),
    remindAt: z.string().nullable(), remindedAt: z.string().nullable(), responsibleId: z.number().int(), active: z.boolean(), version: z.number().int(),
  })
  .meta({ id: 'Contract' });

const today = () => new Date().toISOString().slice(0, 10);
const present = (c: Contract) => ({
  id: c.id, number: c.number, subject: c.subject ?? null, dealId: c.dealId ?? null, counterpartyId: c.counterpartyId, documentId: c.documentId ?? null,
  validFrom: c.validFrom, validTo: c.validTo ?? null, remindDaysBefore: c.remindDaysBefore, remindAt: c.remindAt?.toISOString() ?? null,
  remindedAt: c.remindedFor?.toISOString() ?? null, responsibleId: c.responsibleId, active: c.validFrom <= today() && (!c.validTo || c.validTo >= today()), version: c.version,
});

export function contractRoutes(ctx: ApiContext) {
  return [
    defineRoute({
      method: 'post', path: '/contracts', summary: 'Register a contract of a deal or counterparty; its responsible is reminded before it ends (Idempotency-Key)', tags, access: salesWriters,
      body: z.strictObject({
        ...editable, number: editable.number.optional(), subject: editable.subject.optional(), documentId: editable.documentId.optional(), validTo: editable.validTo.optional(),
        remindDaysBefore: editable.remindDaysBefore.optional(), responsibleId: editable.responsibleId.optional(),
        dealId: z.number().int().positive().optional(), counterpartyId: z.number().int().positive().optional(),
      }),
      responses: { 201: { description: 'Registered, reminder armed', schema: contractSchema }, 200: { description: 'Replayed Idempotency-Key' }, 409: { description: 'The number is taken' }, 422: { description: 'Unknown deal, counterparty, document or user; dates out of order' }, 503: { description: 'The process engine did not answer; nothing saved' } },
      async handle({ em, body, user, req }) {
        const access = await loadAccess(em, user);
        const key = creationKey(req);
        const time = contractReminderTime();
        const { contract, created } = await em.transactional(async (tx) => {
          const result = await createContract(tx, access, body, key, time);
          await applyExpiryPlan(ctx, result.plan);
          return result;
        });
        return { status: created ? 201 : 200, body: present(contract), headers: { etag: etag(contract.version), location: `/api/v1/contracts/${contract.id}` } };
      },
    }),
    defineRoute({
      method: 'get', path: '/contracts', summary: 'Contracts within your reach; filter by client, deal, ending before a date; cursor pages', tags, access: salesReaders,
      query: z.object({ ...pageQuery, counterpartyId: z.coerce.number().int().positive().optional(), dealId: z.coerce.number().int().positive().optional(), endsBefore: isoDate.optional(), ...formatParam }),
      responses: { 200: { description: 'A page (or, for format=xlsx, every matching contract as a workbook)', schema: listSchema(contractSchema) } },
      async handle({ em, query, user, req, res }) {
        const qb = contractsInReach(em, await loadAccess(em, user));
        const xlsx = wantsXlsx(req, query.format);
        const after = decodeCursor(query.after);
        if (after && !xlsx) qb.andWhere({ id: { $gt: after } });
        if (query.counterpartyId) qb.andWhere({ counterpartyId: query.counterpartyId });
        if (query.dealId) qb.andWhere({ dealId: query.dealId });
        if (query.endsBefore) qb.andWhere({ validTo: { $lt: query.endsBefore } });
        if (xlsx) {
          const rows = await qb.orderBy({ id: 'asc' }).limit(10_000).getResult();
          const names = await recordNames(em, { deals: rows.map((c) => c.dealId), clients: rows.map((c) => c.counterpartyId), users: rows.map((c) => c.responsibleId) });
          return sendWorkbook(res, 'contracts', contractSheets(rows, names, labelsFor(req, user)));
        }
        return { body: page(await qb.orderBy({ id: 'asc' }).limit(query.limit + 1).getResult(), query.limit, present) };
      },
    }),
    defineRoute({
      method: 'get', path: '/contracts/:id', summary: 'One contract (ETag for If-Match)', tags, access: salesReaders, params: idParams,
      responses: { 200: { description: 'The contract', schema: contractSchema }, 404: notFound },
      async handle({ em, params, user }) {
        const c = await visibleContract(em, await loadAccess(em, user), params.id);
        return { body: present(c), headers: { etag: etag(c.version) } };
      },
    }),
    defineRoute({
      method: 'patch', path: '/contracts/:id', summary: 'Change a contract; a new end date or notice period re-arms its reminder; needs If-Match', tags, access: salesWriters, params: idParams,
      body: z.strictObject(editable).partial(),
      responses: { 200: { description: 'Changed', schema: contractSchema }, 404: notFound, 409: { description: 'The number is taken' }, 412: { description: 'Stale If-Match' }, 428: { description: 'If-Match missing' } },
      async handle({ em, params, body, user, req }) {
        const expected = requireIfMatch(req);
        const access = await loadAccess(em, user);
        const current = await visibleContract(em, access, params.id);
        checkVersion(expected, current, () => present(current));
        const time = contractReminderTime();
        const c = await em.fork().transactional(async (tx) => {
          const { contract, plan } = await updateContract(tx, access, params.id, expected, body, time);
          await applyExpiryPlan(ctx, plan);
          return contract;
        });
        return { body: present(c), headers: { etag: etag(c.version) } };
      },
    }),
    defineRoute({
      method: 'delete', path: '/contracts/:id', summary: 'Delete a contract registered by mistake; its reminder stops; needs If-Match', tags, access: salesWriters, params: idParams,
      responses: { 204: { description: 'Deleted' }, 404: notFound, 412: { description: 'Stale If-Match' }, 428: { description: 'If-Match missing' } },
      async handle({ em, params, user, req }) {
        const expected = requireIfMatch(req);
        const access = await loadAccess(em, user);
        const current = await visibleContract(em, access, params.id);
        checkVersion(expected, current, () => present(current));
        await em.fork().transactional(async (tx) => applyExpiryPlan(ctx, await deleteContract(tx, access, params.id, expected)));
        return { status: 204 };
      },
    }),
  ];
}
