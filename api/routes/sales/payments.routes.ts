import { z } from 'zod';
import { assignPayment, checkReach, getInvoice, importBankFile, listUnmatched, PaymentSchema, reachFilter, recordPayment, unassignPayment, type Payment } from '../../../domain/sales/index.ts';
import type { ApiContext } from '../../context.ts';
import { Problem } from '../../problem.ts';
import { notifyPaidInvoices } from './deal-process.ts';
import { defineRoute } from '../../route.ts';
import { checkVersion, creationKey, currency, decodeCursor, etag, idParams, isoDate, listSchema, minor, page, pageQuery, requireIfMatch, salesReaders, salesWriters } from './http.ts';

export const paymentSchema = z
  .object({
    id: z.number().int(), amount: minor, currency: z.string(), paidOn: z.string(), payerName: z.string().nullable(), payerTaxId: z.string().nullable(),
    payerAccount: z.string().nullable(), bankDocNumber: z.string().nullable(), purpose: z.string().nullable(), source: z.enum(['manual', 'csv', '1c']),
    invoiceId: z.number().int().nullable(), counterpartyId: z.number().int().nullable(), matchScore: z.number().int().nullable(), importId: z.number().int().nullable(), version: z.number().int(),
  })
  .meta({ id: 'Payment' });

export const presentPayment = (p: Payment) => ({
  id: p.id, amount: p.amount, currency: p.currency, paidOn: p.paidOn, payerName: p.payerName ?? null, payerTaxId: p.payerTaxId ?? null, payerAccount: p.payerAccount ?? null,
  bankDocNumber: p.bankDocNumber ?? null, purpose: p.purpose ?? null, source: p.source, invoiceId: p.invoiceId ?? null, counterpartyId: p.counterpartyId ?? null, matchScore: p.matchScore ?? null,
  importId: p.importId ?? null, version: p.version,
});

const text = (max: number) => z.string().trim().max(max).nullable().optional();
const csvColumns = z.strictObject({
  date: z.string().min(1), amount: z.string().min(1), number: z.string().optional(), currency: z.string().optional(), payerName: z.string().optional(),
  payerTaxId: z.string().optional(), payerAccount: z.string().optional(), payeeAccount: z.string().optional(), purpose: z.string().optional(),
});

export function paymentRoutes(ctx: ApiContext) {
  return [
    defineRoute({
      method: 'post', path: '/payments', summary: 'Enter a payment by hand; assigned to `invoiceId` or matched like an imported one (Idempotency-Key)', tags: ['payments'], access: salesWriters,
      body: z.strictObject({
        amount: minor.min(1), currency, paidOn: isoDate, payerName: text(300), payerTaxId: text(40), payerAccount: text(64), bankDocNumber: text(64), purpose: text(2000),
        invoiceId: z.number().int().positive().nullable().optional(),
      }),
      responses: { 201: { description: 'Recorded', schema: paymentSchema }, 200: { description: 'Replayed Idempotency-Key' }, 422: { description: 'Invoice not open or in another currency' } },
      async handle({ em, body, user, req }) {
        const { payment, created } = await recordPayment(em, body, user.id, creationKey(req));
        await notifyPaidInvoices(ctx, em, [payment.invoiceId]);
        return { status: created ? 201 : 200, body: presentPayment(payment), headers: { etag: etag(payment.version) } };
      },
    }),
    defineRoute({
      method: 'get', path: '/payments', summary: 'Payments; `unmatched=true` lists those waiting for a person to assign; cursor pages', tags: ['payments'], access: salesReaders,
      query: z.object({ ...pageQuery, unmatched: z.enum(['true', 'false']).optional() }),
      responses: { 200: { description: 'A page', schema: listSchema(paymentSchema) } },
      async handle({ em, query, user }) {
        const after = decodeCursor(query.after);
        // Unmatched payments have no client yet: everyone in sales may resolve them.
        const rows = query.unmatched === 'true'
          ? await listUnmatched(em, after, query.limit + 1)
          : await em.find(PaymentSchema, { $and: [after ? { id: { $gt: after } } : {}, await reachFilter(em, user)] }, { orderBy: { id: 'asc' }, limit: query.limit + 1 });
        return { body: page(rows, query.limit, presentPayment) };
      },
    }),
    defineRoute({
      method: 'post', path: '/payments/:id/assign', summary: 'Assign an unmatched payment to an invoice (If-Match)', tags: ['payments'], access: salesWriters, params: idParams,
      body: z.strictObject({ invoiceId: z.number().int().positive() }),
      responses: { 200: { description: 'Assigned', schema: paymentSchema }, 409: { description: 'Already assigned' }, 412: { description: 'Stale If-Match' }, 422: { description: 'Invoice not open' } },
      async handle({ em, params, body, req, user }) {
        const expected = requireIfMatch(req);
        const current = await em.findOne(PaymentSchema, { id: params.id });
        if (!current) throw new Problem(404, 'not_found', 'No such payment');
        await checkReach(em, user, current.counterpartyId);
        await checkReach(em, user, (await getInvoice(em, body.invoiceId).catch(() => null))?.counterpartyId, 'link');
        checkVersion(expected, current, () => presentPayment(current));
        const payment = await assignPayment(em, params.id, body.invoiceId, expected);
        await notifyPaidInvoices(ctx, em, [payment.invoiceId]);
        return { body: presentPayment(payment), headers: { etag: etag(payment.version) } };
      },
    }),
    defineRoute({
      method: 'post', path: '/payments/:id/unassign', summary: 'Undo a wrong match: the payment is unmatched again (If-Match)', tags: ['payments'], access: salesWriters, params: idParams,
      responses: { 200: { description: 'Unmatched', schema: paymentSchema }, 409: { description: 'Not assigned' }, 412: { description: 'Stale If-Match' } },
      async handle({ em, params, req, user }) {
        await checkReach(em, user, (await em.findOne(PaymentSchema, { id: params.id }))?.counterpartyId);
        const payment = await unassignPayment(em, params.id, requireIfMatch(req));
        return { body: presentPayment(payment), headers: { etag: etag(payment.version) } };
      },
    }),
    defineRoute({
      method: 'post', path: '/payments/imports', summary: 'Import a bank statement (CSV or 1C ClientBankExchange, UTF-8 or windows-1251) in one transaction', tags: ['payments'], access: salesWriters,
      body: z.strictObject({
        format: z.enum(['csv', '1c']), contentBase64: z.base64().min(1).max(1_400_000), fileName: z.string().max(255).optional(), currency: currency.default('UAH'),
        columns: csvColumns.optional(), delimiter: z.enum([',', ';', '\t']).optional(), account: z.string().max(64).optional(),
      }),
      responses: {
        201: { description: 'Imported: counts and the new payments', schema: z.object({ importId: z.number().int(), encoding: z.string(), total: z.number().int(), created: z.number().int(), duplicates: z.number().int(), matched: z.number().int(), unmatched: z.number().int(), payments: z.array(paymentSchema) }) },
        422: { description: 'Malformed file: nothing imported; `errors[].params.line` names the line' },
      },
      async handle({ em, body, user }) {
        const { import: rec, payments, duplicates } = await importBankFile(em, { ...body, content: Buffer.from(body.contentBase64, 'base64') }, user.id);
        // Payments seen before are announced again: importing the file again repairs a lost notice.
        await notifyPaidInvoices(ctx, em, [...payments, ...duplicates].map((p) => p.invoiceId));
        return {
          status: 201,
          body: { importId: rec.id, encoding: rec.encoding, total: rec.total, created: rec.created, duplicates: rec.duplicates, matched: rec.matched, unmatched: rec.created - rec.matched, payments: payments.map(presentPayment) },
        };
      },
    }),
  ];
}
