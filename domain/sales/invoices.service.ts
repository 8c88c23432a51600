import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../errors.ts';
import { buyerOf } from './buyer.ts';
import { InvoiceSchema, type Invoice, type InvoiceStatus } from './invoicing.entities.ts';
import { defaultVatBp, priceLines, type LineRequest } from './lines.service.ts';
import { toBasisPoints } from './money.ts';
import { nextNumber } from './numbering.ts';
import { computeTotals } from './totals.ts';

export interface InvoiceInput {
  currency: string;
  customerGroup?: string | null;
  /** Taken from the counterparty's card when omitted. */
  buyerName?: string;
  buyerTaxId?: string | null;
  buyerAddress?: string | null;
  dueDate?: string | null;
  lines: LineRequest[];
  /** VAT for lines whose product has no rate of its own; `SALES_VAT_PERCENT` (20) unless given. */
  vatPercent?: number;
  record?: { type: string; id: string } | null;
  counterpartyId?: number | null;
}

const today = () => new Date().toISOString().slice(0, 10);

/** A draft invoice priced on the server; a retry with the same creation key returns the first. */
export async function createInvoice(em: EntityManager, input: InvoiceInput, userId: number, creationKey: string | null): Promise<{ invoice: Invoice; created: boolean }> {
  if (creationKey) {
    const existing = await em.findOne(InvoiceSchema, { createdBy: userId, creationKey });
    if (existing) return { invoice: existing, created: false };
  }
  const invoice = em.create(InvoiceSchema, {
    ...(await priced(em, input)),
    ...(await buyer(em, input)),
    status: 'draft',
    currency: input.currency,
    customerGroup: input.customerGroup ?? null,
    dueDate: input.dueDate ?? null,
    issueDate: null,
    paidTotal: 0,
    recordType: input.record?.type ?? null,
    recordId: input.record?.id ?? null,
    counterpartyId: input.counterpartyId ?? null,
    creationKey,
    createdBy: userId,
  });
  await em.flush();
  return { invoice, created: true };
}

/** The buyer as typed, completed from the counterparty's card. */
async function buyer(em: EntityManager, input: InvoiceInput) {
  const card = input.counterpartyId ? await buyerOf(em, input.counterpartyId) : null;
  const buyerName = input.buyerName ?? card?.buyerName;
  if (!buyerName) throw new DomainError('invoice.no_buyer', 'Name the buyer or the counterparty', 422, ['buyerName']);
  return { buyerName, buyerTaxId: input.buyerTaxId ?? card?.buyerTaxId ?? null, buyerAddress: input.buyerAddress ?? card?.buyerAddress ?? null };
}

async function priced(em: EntityManager, input: InvoiceInput) {
  const defaultTaxBp = input.vatPercent !== undefined ? toBasisPoints(input.vatPercent) : defaultVatBp();
  const lines = await priceLines(em, input.lines, { currency: input.currency, customerGroup: input.customerGroup ?? null, counterpartyId: input.counterpartyId, date: today(), defaultTaxBp });
  const totals = computeTotals(lines);
  return { lines: totals.lines, netTotal: totals.net, taxTotal: totals.tax, total: totals.total };
}

/** Replaces a draft's buyer, due date and lines; issued invoices are not edited, they are cancelled. */
export async function updateDraft(em: EntityManager, id: number, expectedVersion: number, input: InvoiceInput): Promise<Invoice> {
  const invoice = await lockedInvoice(em, id, expectedVersion);
  if (invoice.status !== 'draft') throw new DomainError('invoice.not_draft', 'Only a draft can be edited; cancel the invoice and issue a new one', 409);
  em.assign(invoice, {
    ...(await priced(em, input)),
    ...(await buyer(em, input)),
    currency: input.currency,
    customerGroup: input.customerGroup ?? null,
    dueDate: input.dueDate ?? null,
    counterpartyId: input.counterpartyId ?? null,
  });
  await em.flush();
  return invoice;
}

/** Gives the draft its number (INV-<year>-NNNNN, gap-free) and an issue and due date. */
export async function issueInvoice(em: EntityManager, id: number, expectedVersion: number, opts: { issueDate?: string; paymentDays?: number } = {}): Promise<Invoice> {
  return em.transactional(async (tx) => {
    const invoice = await lockedInvoice(tx, id, expectedVersion);
    if (invoice.status !== 'draft') throw new DomainError('invoice.not_draft', 'The invoice is already issued', 409);
    const issueDate = opts.issueDate ?? today();
    invoice.number = await nextNumber(tx, 'invoice', 'INV', Number(issueDate.slice(0, 4)));
    invoice.issueDate = issueDate;
    invoice.dueDate ??= addDays(issueDate, opts.paymentDays ?? 14);
    invoice.status = 'issued';
    await tx.flush();
    return invoice;
  });
}

export async function cancelInvoice(em: EntityManager, id: number, expectedVersion: number): Promise<Invoice> {
  const invoice = await lockedInvoice(em, id, expectedVersion);
  if (invoice.paidTotal > 0) throw new DomainError('invoice.has_payments', 'An invoice with payments cannot be cancelled; reassign its payments first', 409);
  invoice.status = 'cancelled';
  await em.flush();
  return invoice;
}

async function lockedInvoice(em: EntityManager, id: number, expectedVersion: number): Promise<Invoice> {
  const invoice = await getInvoice(em, id);
  if (invoice.version !== expectedVersion) {
    throw new DomainError('conflict.stale_version', `The invoice was changed (now version ${invoice.version})`, 412, [{ field: 'version', code: 'stale', message: 'Stale version', params: { current: invoice.version } }]);
  }
  return invoice;
}

export async function getInvoice(em: EntityManager, id: number): Promise<Invoice> {
  const invoice = await em.findOne(InvoiceSchema, { id });
  if (!invoice) throw new DomainError('not_found', 'No such invoice', 404);
  return invoice;
}

/** Stored status plus `overdue`: issued or part-paid and past the due date today. */
export function statusOf(invoice: Pick<Invoice, 'status' | 'dueDate'>, on = today()): InvoiceStatus {
  const open = invoice.status === 'issued' || invoice.status === 'partially_paid';
  return open && invoice.dueDate && invoice.dueDate < on ? 'overdue' : invoice.status;
}

/** Paid status after a payment changed: paid (also over-paid), partially paid, or issued. */
export function settle(invoice: Invoice, paidTotal: number): void {
  invoice.paidTotal = paidTotal;
  if (invoice.status === 'cancelled' || invoice.status === 'draft') return;
  invoice.status = paidTotal >= invoice.total ? 'paid' : paidTotal > 0 ? 'partially_paid' : 'issued';
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
