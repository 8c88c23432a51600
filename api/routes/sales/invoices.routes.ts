import { z } from 'zod';
import {
  cancelInvoice,
  checkReach,
  createInvoice,
  getInvoice,
  InvoiceSchema,
  issueInvoice,
  PaymentSchema,
  reachFilter,
  statusOf,
  updateDraft,
  type Invoice,
} from '../../../domain/sales/index.ts';
import { defineRoute } from '../../route.ts';
import { checkVersion, creationKey, currency, decodeCursor, etag, idParams, isoDate, listSchema, minor, page, pageQuery, recordRef, requireIfMatch, salesReaders, salesWriters } from './http.ts';
import { lineBody } from './lines.schema.ts';
import { paymentSchema, presentPayment } from './payments.routes.ts';

const statuses = ['draft', 'issued', 'partially_paid', 'paid', 'overdue', 'cancelled'] as const;
const lineSchema = z.object({
  position: z.number().int(), productId: z.number().int().nullable(), name: z.string(), unit: z.string(), qty: z.number(), unitPrice: minor,
  discountPercent: z.number(), taxRatePercent: z.number(), net: minor, tax: minor, total: minor,
});
const invoiceSchema = z
  .object({
    id: z.number().int(), number: z.string().nullable(), status: z.enum(statuses), currency: z.string(), customerGroup: z.string().nullable(),
    buyerName: z.string(), buyerTaxId: z.string().nullable(), buyerAddress: z.string().nullable(), issueDate: z.string().nullable(), dueDate: z.string().nullable(),
    lines: z.array(lineSchema), netTotal: minor, taxTotal: minor, total: minor, paidTotal: minor, outstanding: z.number().int(), overpaid: minor,
    record: recordRef.nullable(), counterpartyId: z.number().int().nullable(), version: z.number().int(),
  })
  .meta({ id: 'Invoice' });

export const presentInvoice = (i: Invoice) => ({
  id: i.id, number: i.number ?? null, status: statusOf(i), currency: i.currency, customerGroup: i.customerGroup ?? null, buyerName: i.buyerName,
  buyerTaxId: i.buyerTaxId ?? null, buyerAddress: i.buyerAddress ?? null, issueDate: i.issueDate ?? null, dueDate: i.dueDate ?? null,
  lines: i.lines.map((l) => ({
    position: l.position, productId: l.productId, name: l.name, unit: l.unit, qty: l.qtyMilli / 1000, unitPrice: l.unitPrice,
    discountPercent: l.discountBp / 100, taxRatePercent: l.taxRateBp / 100, net: l.net, tax: l.tax, total: l.total,
  })),
  netTotal: i.netTotal, taxTotal: i.taxTotal, total: i.total, paidTotal: i.paidTotal, outstanding: Math.max(0, i.total - i.paidTotal), overpaid: Math.max(0, i.paidTotal - i.total),
  record: i.recordType ? { type: i.recordType, id: i.recordId! } : null, counterpartyId: i.counterpartyId ?? null, version: i.version,
});

const invoiceBody = z.strictObject({
  currency, customerGroup: z.string().max(64).nullable().optional(), buyerName: z.string().trim().min(1).max(300).optional(), buyerTaxId: z.string().trim().max(40).nullable().optional(),
  buyerAddress: z.string().trim().max(500).nullable().optional(), dueDate: isoDate.nullable().optional(), lines: z.array(lineBody).min(1).max(500),
  vatPercent: z.number().min(0).max(100).multipleOf(0.01).optional(), record: recordRef.nullable().optional(), counterpartyId: z.number().int().positive().nullable().optional(),
});

const answer = (invoice: Invoice, status = 200) => ({ status, body: presentInvoice(invoice), headers: { etag: etag(invoice.version), location: `/api/v1/invoices/${invoice.id}` } });

export function invoiceRoutes() {
  const action = (name: 'issue' | 'cancel', summary: string, run: (em: Parameters<typeof issueInvoice>[0], id: number, v: number) => Promise<Invoice>) =>
    defineRoute({
      method: 'post', path: `/invoices/:id/${name}`, summary, tags: ['invoices'], access: salesWriters, params: idParams,
      responses: { 200: { description: 'Done', schema: invoiceSchema }, 409: { description: 'Not possible in this status' }, 412: { description: 'Stale If-Match' }, 428: { description: 'If-Match missing' } },
      async handle({ em, params, req, user }) {
        const expected = requireIfMatch(req);
        const invoice = await getInvoice(em, params.id);
        await checkReach(em, user, invoice.counterpartyId);
        checkVersion(expected, invoice, () => presentInvoice(invoice));
        return answer(await run(em, params.id, expected));
      },
    });
  return [
    defineRoute({
      method: 'post', path: '/invoices', summary: 'Create a draft invoice; lines priced, taxes and totals computed by the server (Idempotency-Key)', tags: ['invoices'], access: salesWriters,
      body: invoiceBody,
      responses: { 201: { description: 'Created', schema: invoiceSchema }, 200: { description: 'Replayed Idempotency-Key' }, 422: { description: 'Invalid or unpriced lines (`body.lines.N.*`)' } },
      async handle({ em, body, user, req }) {
        await checkReach(em, user, body.counterpartyId, 'link');
        const { invoice, created } = await createInvoice(em, body, user.id, creationKey(req));
        return answer(invoice, created ? 201 : 200);
      },
    }),
    defineRoute({
      method: 'get', path: '/invoices', summary: 'Invoices by id; filter by status (overdue included) or business record; cursor pages', tags: ['invoices'], access: salesReaders,
      query: z.object({ ...pageQuery, status: z.enum(statuses).optional(), recordType: z.string().max(40).optional(), recordId: z.string().max(100).optional() }),
      responses: { 200: { description: 'A page', schema: listSchema(invoiceSchema) } },
      async handle({ em, query, user }) {
        const after = decodeCursor(query.after);
        const today = new Date().toISOString().slice(0, 10);
        const status =
          query.status === 'overdue' ? { status: { $in: ['issued', 'partially_paid'] as Invoice['status'][] }, dueDate: { $lt: today } }
          : query.status === 'issued' || query.status === 'partially_paid' ? { status: query.status, $or: [{ dueDate: null }, { dueDate: { $gte: today } }] }
          : query.status ? { status: query.status } : {};
        const rows = await em.find(
          InvoiceSchema,
          { $and: [{ ...(after ? { id: { $gt: after } } : {}), ...status, ...(query.recordType ? { recordType: query.recordType } : {}), ...(query.recordId ? { recordId: query.recordId } : {}) }, await reachFilter(em, user)] },
          { orderBy: { id: 'asc' }, limit: query.limit + 1 },
        );
        return { body: page(rows, query.limit, presentInvoice) };
      },
    }),
    defineRoute({
      method: 'get', path: '/invoices/:id', summary: 'One invoice (ETag for If-Match)', tags: ['invoices'], access: salesReaders, params: idParams,
      responses: { 200: { description: 'The invoice', schema: invoiceSchema }, 404: { description: 'No such invoice' } },
      async handle({ em, params, user }) {
        const invoice = await getInvoice(em, params.id);
        await checkReach(em, user, invoice.counterpartyId);
        return answer(invoice);
      },
    }),
    defineRoute({
      method: 'put', path: '/invoices/:id', summary: 'Replace a draft (If-Match)', tags: ['invoices'], access: salesWriters, params: idParams, body: invoiceBody,
      responses: { 200: { description: 'Updated', schema: invoiceSchema }, 409: { description: 'Not a draft' }, 412: { description: 'Stale If-Match' } },
      async handle({ em, params, body, req, user }) {
        const expected = requireIfMatch(req);
        const invoice = await getInvoice(em, params.id);
        await checkReach(em, user, invoice.counterpartyId);
        await checkReach(em, user, body.counterpartyId, 'link');
        checkVersion(expected, invoice, () => presentInvoice(invoice));
        return answer(await updateDraft(em, params.id, expected, body));
      },
    }),
    action('issue', 'Issue a draft: it gets its number (INV-<year>-NNNNN) and due date', (em, id, v) => issueInvoice(em, id, v)),
    action('cancel', 'Cancel an invoice that has no payments', cancelInvoice),
    defineRoute({
      method: 'get', path: '/invoices/:id/payments', summary: "An invoice's payments", tags: ['invoices'], access: salesReaders, params: idParams,
      responses: { 200: { description: 'Payments', schema: z.object({ items: z.array(paymentSchema) }) } },
      async handle({ em, params, user }) {
        await checkReach(em, user, (await getInvoice(em, params.id)).counterpartyId);
        return { body: { items: (await em.find(PaymentSchema, { invoiceId: params.id }, { orderBy: { id: 'asc' } })).map(presentPayment) } };
      },
    }),
  ];
}
