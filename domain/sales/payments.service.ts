import { createHash } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../errors.ts';
import { parse1C } from './bank-1c.ts';
import { parseCsv, type CsvColumns } from './bank-csv.ts';
import { decodeBankFile, type BankRow } from './bank-file.ts';
import { settle } from './invoices.service.ts';
import { BankImportSchema, InvoiceSchema, PaymentSchema, type Invoice, type Payment } from './invoicing.entities.ts';
import { bestMatch } from './matching.ts';

export interface ManualPayment {
  amount: number;
  currency: string;
  paidOn: string;
  payerName?: string | null;
  payerTaxId?: string | null;
  payerAccount?: string | null;
  bankDocNumber?: string | null;
  purpose?: string | null;
  /** Assign to this invoice; otherwise it is matched like an imported one. */
  invoiceId?: number | null;
}

/** Open invoices a payment may settle, kept current while one import assigns payments. */
async function openInvoices(em: EntityManager, currency: string): Promise<Invoice[]> {
  return em.find(InvoiceSchema, { currency, status: { $in: ['issued', 'partially_paid'] }, number: { $ne: null } }, { orderBy: { id: 'asc' } });
}

function place(em: EntityManager, payment: Payment, invoices: Invoice[]): void {
  const match = bestMatch(payment, invoices.map((i) => ({ ...i, number: i.number!, buyerTaxId: i.buyerTaxId ?? null })));
  if (!match) return;
  const invoice = invoices.find((i) => i.id === match.invoiceId)!;
  payment.invoiceId = invoice.id;
  payment.matchScore = match.score;
  payment.counterpartyId ??= invoice.counterpartyId ?? null;
  settle(invoice, invoice.paidTotal + payment.amount);
  em.persist(invoice);
}

export async function recordPayment(em: EntityManager, input: ManualPayment, userId: number, creationKey: string | null): Promise<{ payment: Payment; created: boolean }> {
  if (creationKey) {
    const existing = await em.findOne(PaymentSchema, { createdBy: userId, creationKey });
    if (existing) return { payment: existing, created: false };
  }
  return em.transactional(async (tx) => {
    const payment = tx.create(PaymentSchema, { ...input, invoiceId: null, matchScore: null, source: 'manual', dedupeHash: null, importId: null, counterpartyId: null, creationKey, createdBy: userId });
    if (input.invoiceId) await assign(tx, payment, input.invoiceId);
    else place(tx, payment, await openInvoices(tx, input.currency));
    await tx.flush();
    return { payment, created: true };
  });
}

async function assign(em: EntityManager, payment: Payment, invoiceId: number): Promise<void> {
  const invoice = await em.findOne(InvoiceSchema, { id: invoiceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!invoice || invoice.status === 'draft' || invoice.status === 'cancelled') {
    throw new DomainError('payment.invoice_not_open', 'No issued invoice with this id', 422, ['invoiceId']);
  }
  if (invoice.currency !== payment.currency) throw new DomainError('payment.currency', `The invoice is in ${invoice.currency}`, 422, ['invoiceId']);
  payment.invoiceId = invoice.id;
  payment.matchScore = null;
  payment.counterpartyId ??= invoice.counterpartyId ?? null;
  settle(invoice, invoice.paidTotal + payment.amount);
}

/** A person resolves an unmatched payment by naming its invoice. */
export async function assignPayment(em: EntityManager, paymentId: number, invoiceId: number, expectedVersion: number): Promise<Payment> {
  return em.transactional(async (tx) => {
    const payment = await tx.findOne(PaymentSchema, { id: paymentId });
    if (!payment) throw new DomainError('not_found', 'No such payment', 404);
    if (payment.version !== expectedVersion) throw new DomainError('conflict.stale_version', `The payment was changed (now version ${payment.version})`, 412);
    if (payment.invoiceId) throw new DomainError('payment.already_assigned', `The payment already settles invoice ${payment.invoiceId}`, 409);
    await assign(tx, payment, invoiceId);
    await tx.flush();
    return payment;
  });
}

/** Undoes a wrong match: the payment is unmatched again and its invoice owes the amount again. */
export async function unassignPayment(em: EntityManager, paymentId: number, expectedVersion: number): Promise<Payment> {
  return em.transactional(async (tx) => {
    const payment = await tx.findOne(PaymentSchema, { id: paymentId });
    if (!payment) throw new DomainError('not_found', 'No such payment', 404);
    if (payment.version !== expectedVersion) throw new DomainError('conflict.stale_version', `The payment was changed (now version ${payment.version})`, 412);
    if (!payment.invoiceId) throw new DomainError('payment.not_assigned', 'The payment settles no invoice', 409);
    const invoice = await tx.findOneOrFail(InvoiceSchema, { id: payment.invoiceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    settle(invoice, invoice.paidTotal - payment.amount);
    payment.invoiceId = null;
    payment.matchScore = null;
    await tx.flush();
    return payment;
  });
}

export interface ImportRequest {
  format: 'csv' | '1c';
  content: Buffer;
  fileName?: string | null;
  /** Currency of rows that do not say (1C files never do). */
  currency: string;
  columns?: CsvColumns;
  delimiter?: string;
  /** Only rows paid to this account are imported (the rest are our own outgoing payments). */
  account?: string | null;
}

export const bankHash = (r: Pick<BankRow, 'number' | 'date' | 'amount' | 'payerAccount'>) =>
  createHash('sha256').update([r.number ?? '', r.date, r.amount, r.payerAccount ?? ''].join('|')).digest('hex');

/**
 * Imports a bank statement in one transaction: every row is a payment unless the same bank
 * payment (number, date, amount, payer account) is already stored; each new one is matched to
 * an open invoice or kept unmatched for a person. A malformed file imports nothing.
 */
export async function importBankFile(em: EntityManager, req: ImportRequest, userId: number) {
  const { text, encoding } = decodeBankFile(req.content);
  const rows = (req.format === '1c' ? parse1C(text) : parseCsv(text, req.columns, req.delimiter)).filter((r) => !req.account || !r.payeeAccount || r.payeeAccount === req.account);
  return em.transactional(async (tx) => {
    const record = tx.create(BankImportSchema, {
      format: req.format, fileName: req.fileName ?? null, sha256: createHash('sha256').update(req.content).digest('hex'), encoding,
      total: rows.length, created: 0, duplicates: 0, matched: 0, importedBy: userId,
    });
    await tx.flush();
    const invoices = new Map<string, Invoice[]>();
    const created: Payment[] = [];
    const hashes: string[] = [];
    for (const row of rows) {
      const currency = row.currency ?? req.currency;
      const hash = bankHash(row);
      const inserted = await tx.execute<{ id: number }[]>(
        `insert into payment (amount, currency, paid_on, payer_name, payer_tax_id, payer_account, bank_doc_number, purpose, source, dedupe_hash, import_id, created_by, created_at, version)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 1) on conflict (dedupe_hash) do nothing returning id`,
        [row.amount, currency, row.date, row.payerName, row.payerTaxId, row.payerAccount, row.number, row.purpose, req.format, hash, record.id, userId],
      );
      if (!inserted.length) {
        record.duplicates++;
        hashes.push(hash);
        continue;
      }
      const payment = await tx.findOneOrFail(PaymentSchema, { id: inserted[0]!.id });
      if (!invoices.has(currency)) invoices.set(currency, await openInvoices(tx, currency));
      place(tx, payment, invoices.get(currency)!);
      created.push(payment);
    }
    record.created = created.length;
    record.matched = created.filter((p) => p.invoiceId).length;
    await tx.flush();
    const known = hashes.length ? await tx.find(PaymentSchema, { dedupeHash: { $in: hashes } }) : [];
    return { import: record, payments: created, duplicates: known };
  });
}

export async function listUnmatched(em: EntityManager, after: number | null, limit: number): Promise<Payment[]> {
  return em.find(PaymentSchema, { invoiceId: null, ...(after ? { id: { $gt: after } } : {}) }, { orderBy: { id: 'asc' }, limit });
}
