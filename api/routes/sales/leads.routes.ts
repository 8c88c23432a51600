import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { z } from 'zod';
import { loadAccess } from '../../../domain/access/index.ts';
import { createLead, DealSchema, recordNames, leadChannels, leadReach, LeadSchema, leadStatuses, qualifyLead, rejectLead, visibleLead, type Lead } from '../../../domain/sales/index.ts';
import type { ApiContext } from '../../context.ts';
import { Problem } from '../../problem.ts';
import { defineRoute } from '../../route.ts';
import { labelsFor } from '../../exports/labels.ts';
import { leadSheets } from '../../exports/leads.sheets.ts';
import { formatParam, sendWorkbook, wantsXlsx } from '../../exports/workbook.ts';
import { checkDealProcess, startDealProcess } from './deal-process.ts';
import { dealCreate, dealSchema, presentDeal } from './deals.schema.ts';
import { checkVersion, creationKey, decodeCursor, etag, idParams, listSchema, page, pageQuery, requireIfMatch, salesReaders, salesWriters } from './http.ts';

const tags = ['leads'];
const text = (max: number) => z.string().trim().min(1).max(max);
const leadFields = {
  source: text(100).optional().meta({ description: 'Ad source: utm_source, campaign code, "exhibition"' }),
  interest: text(1000).optional(),
  contactName: text(300).optional(),
  companyName: text(300).optional(),
  taxId: z.string().trim().max(20).optional(),
  phone: z.string().trim().max(40).optional(),
  email: z.email().max(320).optional(),
  message: z.string().max(5000).optional(),
};

const leadSchema = z
  .object({
    id: z.number().int(), status: z.enum(leadStatuses), channel: z.string(), source: z.string().nullable(), interest: z.string().nullable(),
    contactName: z.string().nullable(), companyName: z.string().nullable(), taxId: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable(),
    message: z.string().nullable(), rejectedReason: z.string().nullable(), responsibleId: z.number().int().nullable(), counterpartyId: z.number().int().nullable(), dealId: z.number().int().nullable(),
    createdAt: z.string(), version: z.number().int(),
  })
  .meta({ id: 'Lead' });

const qualifiedSchema = z.object({ lead: leadSchema, deal: dealSchema }).meta({ id: 'QualifiedLead' });

const presentLead = (l: Lead): z.infer<typeof leadSchema> => ({
  id: l.id, status: l.status, channel: l.channel, source: l.source ?? null, interest: l.interest ?? null, contactName: l.contactName ?? null,
  companyName: l.companyName ?? null, taxId: l.taxId ?? null, phone: l.phone ?? null, email: l.email ?? null, message: l.message ?? null, rejectedReason: l.rejectedReason ?? null,
  responsibleId: l.responsibleId ?? null, counterpartyId: l.counterpartyId ?? null, dealId: l.dealId ?? null, createdAt: new Date(l.createdAt).toISOString(), version: l.version,
});

/** The web form's key: one of `LEAD_FORM_KEYS` (comma-separated), compared in constant time. Returns a tag of it. */
function checkFormKey(req: Request): string {
  const sent = Buffer.from(req.get('x-api-key') ?? '');
  const keys = (process.env.LEAD_FORM_KEYS ?? '').split(',').map((k) => k.trim()).filter(Boolean);
  if (!keys.some((k) => k.length === sent.length && timingSafeEqual(Buffer.from(k), sent))) {
    throw new Problem(401, 'lead_form.bad_key', 'The web form key is missing or unknown', 'Send X-Api-Key with a key from LEAD_FORM_KEYS');
  }
  return createHash('sha256').update(sent).digest('hex').slice(0, 16);
}

export function leadRoutes(ctx: ApiContext) {
  return [
    defineRoute({
      method: 'post', path: '/leads/web-form', summary: 'A request from the website form: public, authenticated by the X-Api-Key header (LEAD_FORM_KEYS); Idempotency-Key makes a resubmit return the same lead', tags, access: 'public',
      body: z.strictObject(leadFields),
      responses: { 201: { description: 'Received', schema: z.object({ id: z.number().int(), status: z.string() }) }, 401: { description: 'Missing or unknown X-Api-Key' }, 422: { description: 'No name, no phone or e-mail, or a malformed one' } },
      async handle({ em, body, req }) {
        const site = checkFormKey(req);
        const key = creationKey(req);
        // Idempotency keys are per form key: two sites may both send "1".
        const { lead, created } = await createLead(em, { ...body, channel: 'web' }, null, key ? `form:${site}:${key}` : null);
        // The form learns only that the request arrived: no data of the base goes back out.
        return { status: created ? 201 : 200, body: { id: lead.id, status: 'received' } };
      },
    }),
    defineRoute({
      method: 'post', path: '/leads', summary: 'A lead typed in by staff (call, e-mail, manual); Idempotency-Key makes a retry return the same lead', tags, access: { roles: [...salesWriters.roles, 'agent'] },
      body: z.strictObject({ ...leadFields, channel: z.enum(leadChannels).default('manual'), responsibleId: z.number().int().positive().optional() }),
      responses: { 201: { description: 'Created', schema: leadSchema }, 422: { description: 'No name, no phone or e-mail, or a malformed one' } },
      async handle({ em, body, user, req }) {
        const key = creationKey(req);
        const { lead, created } = await createLead(em, body, user.id, key ? `user:${user.id}:${key}` : null);
        return { status: created ? 201 : 200, body: presentLead(lead), headers: { etag: etag(lead.version) } };
      },
    }),
    defineRoute({
      method: 'get', path: '/leads', summary: 'Leads: a sales manager sees their own and the unassigned; cursor pages', tags, access: salesReaders,
      query: z.object({ ...pageQuery, status: z.enum(leadStatuses).optional(), source: z.string().max(100).optional(), ...formatParam }),
      responses: { 200: { description: 'A page (with format=xlsx: every matching lead, up to 10 000, as a workbook)', schema: listSchema(leadSchema) } },
      async handle({ em, query, user, req, res }) {
        if (wantsXlsx(req, query.format)) {
          const filter = { ...(query.status ? { status: query.status } : {}), ...(query.source ? { source: query.source } : {}) };
          const all = await em.find(LeadSchema, { $and: [filter, leadReach(await loadAccess(em, user))] }, { orderBy: { id: 'asc' }, limit: 10_000 });
          const names = await recordNames(em, { users: all.map((l) => l.responsibleId) });
          return sendWorkbook(res, 'leads', leadSheets(all, names.users, labelsFor(req, user)));
        }
        const after = decodeCursor(query.after);
        const where = { ...(after ? { id: { $gt: after } } : {}), ...(query.status ? { status: query.status } : {}), ...(query.source ? { source: query.source } : {}) };
        const rows = await em.find(LeadSchema, { $and: [where, leadReach(await loadAccess(em, user))] }, { orderBy: { id: 'asc' }, limit: query.limit + 1 });
        return { body: page(rows, query.limit, presentLead) };
      },
    }),
    defineRoute({
      method: 'get', path: '/leads/:id', summary: 'One lead', tags, access: salesReaders, params: idParams,
      responses: { 200: { description: 'The lead', schema: leadSchema }, 404: { description: 'No such lead, or not yours' } },
      async handle({ em, params, user }) {
        const lead = await visibleLead(em, await loadAccess(em, user), params.id);
        return { body: presentLead(lead), headers: { etag: etag(lead.version) } };
      },
    }),
    defineRoute({
      method: 'post', path: '/leads/:id/reject', summary: 'Close a lead that is not a sale, with the reason (If-Match)', tags, access: salesWriters, params: idParams,
      body: z.strictObject({ reason: z.string().trim().min(1).max(300) }),
      responses: { 200: { description: 'Rejected', schema: leadSchema }, 409: { description: 'Already qualified or rejected' }, 412: { description: 'Stale If-Match' }, 428: { description: 'If-Match missing' } },
      async handle({ em, params, body, user, req }) {
        const expected = requireIfMatch(req);
        const access = await loadAccess(em, user);
        const current = await visibleLead(em, access, params.id);
        checkVersion(expected, current, () => presentLead(current));
        const lead = await rejectLead(em.fork(), access, params.id, expected, body.reason);
        return { body: presentLead(lead), headers: { etag: etag(lead.version) } };
      },
    }),
    defineRoute({
      method: 'post', path: '/leads/:id/qualify', summary: 'Qualify: the lead becomes a counterparty (duplicates checked by tax id, phone, e-mail) and a deal running its Sales process', tags, access: salesWriters, params: idParams,
      body: z.strictObject({
        counterpartyId: z.number().int().positive().optional(),
        createCounterparty: z.boolean().optional(),
        deal: dealCreate.omit({ counterpartyId: true, source: true }).extend({ title: z.string().trim().min(1).max(300).optional() }),
      }),
      responses: {
        201: { description: 'Qualified: the deal', schema: qualifiedSchema },
        200: { description: 'Already qualified: the same deal', schema: qualifiedSchema },
        409: { description: 'Possible duplicates (errors[].params.counterpartyId): choose one as counterpartyId or send createCounterparty: true' },
      },
      async handle({ em, params, body, user }) {
        const access = await loadAccess(em, user);
        const lead = await visibleLead(em, access, params.id);
        if (lead.status === 'new') await checkDealProcess(em, body.deal.processKey, 'deal.processKey');
        const title = body.deal.title ?? lead.interest ?? `Deal with ${lead.companyName ?? lead.contactName}`;
        const result = await qualifyLead(em.fork(), access, params.id, { counterpartyId: body.counterpartyId, createCounterparty: body.createCounterparty, deal: { ...body.deal, title } });
        const fresh = em.fork();
        await startDealProcess(ctx, fresh, result.deal, result.counterparty.name, user.id);
        const deal = await fresh.findOneOrFail(DealSchema, { id: result.deal.id });
        return { status: result.created ? 201 : 200, body: { lead: presentLead(result.lead), deal: presentDeal(deal) } };
      },
    }),
  ];
}
