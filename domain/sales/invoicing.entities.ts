import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { Line } from './totals.ts';

export const invoiceStatuses = ['draft', 'issued', 'partially_paid', 'paid', 'cancelled'] as const;
export type StoredInvoiceStatus = (typeof invoiceStatuses)[number];
/** `overdue` is not stored: it is an issued or part-paid invoice past its due date, today. */
export type InvoiceStatus = StoredInvoiceStatus | 'overdue';

export const InvoiceSchema = defineEntity({
  name: 'Invoice',
  tableName: 'invoice',
  properties: {
    id: p.integer().primary().autoincrement(),
    /** Given when the invoice is issued (gap-free per year), null while a draft. */
    number: p.string().length(40).nullable().unique(),
    status: p.string().length(20).$type<StoredInvoiceStatus>().default('draft'),
    currency: p.string().length(3),
    customerGroup: p.string().length(64).nullable(),
    buyerName: p.string().length(300),
    buyerTaxId: p.string().length(40).nullable(),
    buyerAddress: p.string().length(500).nullable(),
    issueDate: p.string().columnType('date').nullable(),
    dueDate: p.string().columnType('date').nullable(),
    /** Lines are part of the invoice (edited and priced together), kept with it. */
    lines: p.json<Line[]>(),
    netTotal: p.bigint('number'),
    taxTotal: p.bigint('number'),
    total: p.bigint('number'),
    paidTotal: p.bigint('number').default(0),
    recordType: p.string().length(40).nullable(),
    recordId: p.string().length(100).nullable(),
    counterpartyId: p.integer().nullable(),
    creationKey: p.string().length(200).nullable(),
    createdBy: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});
export type Invoice = InferEntity<typeof InvoiceSchema>;

export const PaymentSchema = defineEntity({
  name: 'Payment',
  tableName: 'payment',
  properties: {
    id: p.integer().primary().autoincrement(),
    amount: p.bigint('number'),
    currency: p.string().length(3),
    paidOn: p.string().columnType('date'),
    payerName: p.string().length(300).nullable(),
    payerTaxId: p.string().length(40).nullable(),
    payerAccount: p.string().length(64).nullable(),
    bankDocNumber: p.string().length(64).nullable(),
    purpose: p.text().nullable(),
    source: p.string().length(10).$type<'manual' | 'csv' | '1c'>(),
    /** sha256 of bank document number, date, amount and payer account: one bank payment, one row. */
    dedupeHash: p.string().length(64).nullable().unique(),
    invoiceId: p.integer().nullable(),
    matchScore: p.integer().nullable(),
    importId: p.integer().nullable(),
    counterpartyId: p.integer().nullable(),
    creationKey: p.string().length(200).nullable(),
    createdBy: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
    version: p.integer().version(),
  },
});
export type Payment = InferEntity<typeof PaymentSchema>;

export const BankImportSchema = defineEntity({
  name: 'BankImport',
  tableName: 'bank_import',
  properties: {
    id: p.integer().primary().autoincrement(),
    format: p.string().length(10),
    fileName: p.string().length(255).nullable(),
    sha256: p.string().length(64),
    encoding: p.string().length(20),
    total: p.integer(),
    created: p.integer(),
    duplicates: p.integer(),
    matched: p.integer(),
    importedBy: p.integer(),
    importedAt: p.datetime().onCreate(() => new Date()),
  },
});
export type BankImport = InferEntity<typeof BankImportSchema>;
