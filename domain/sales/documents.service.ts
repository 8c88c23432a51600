import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../errors.ts';
import { buyerOf } from './buyer.ts';
import { documentData } from './document-data.ts';
import { renderDocx } from './docx.ts';
import { DocumentSchema, type SalesDocument } from './documents.entities.ts';
import { DOCX_TYPE, loadFile, storeFile } from './files.ts';
import { InvoiceSchema, type Invoice } from './invoicing.entities.ts';
import { defaultVatBp, priceLines, type LineRequest } from './lines.service.ts';
import { nextNumber } from './numbering.ts';
import { convertToPdf } from './pdf.ts';
import { numberPrefix, scalarFields, type DocumentType } from './template-fields.ts';
import { templateFor } from './templates.service.ts';
import { computeTotals, type Totals } from './totals.ts';

export interface GenerateRequest {
  docType: DocumentType;
  templateId?: number;
  /** The business record the document belongs to: deal, claim, ... */
  record?: { type: string; id: string } | null;
  /** Fill lines, totals and buyer from this invoice. */
  invoiceId?: number;
  counterpartyId?: number | null;
  /** Values of the type's placeholders (buyerName, validUntil, ...). */
  data?: Record<string, string | number>;
  lines?: LineRequest[];
  currency?: string;
  customerGroup?: string | null;
  /** Issue date (YYYY-MM-DD); today unless given. */
  date?: string;
  /** The same key again returns the same document (Idempotency-Key, workflow activity). */
  creationKey?: string | null;
  createdBy: number | null;
  pdf?: boolean;
}

export interface Generated {
  document: SalesDocument;
  created: boolean;
  pdfError?: { code: string; message: string };
}

/** Generates a numbered DOCX (and PDF) from the type's template and stores it with the record. */
export async function generateDocument(em: EntityManager, req: GenerateRequest): Promise<Generated> {
  const existing = req.creationKey ? await em.findOne(DocumentSchema, { creationKey: req.creationKey }) : null;
  if (existing) return { document: existing, created: false };
  checkDataKeys(req.docType, req.data ?? {});
  const template = await templateFor(em, req.docType, req.templateId);
  const templateFile = await loadFile(em, template.fileId);
  const date = req.date ?? new Date().toISOString().slice(0, 10);
  const invoice = req.invoiceId ? await invoiceFor(em, req.invoiceId, req.docType) : null;
  const { scalars, totals } = invoice ? fromInvoice(invoice) : await fromRequest(em, req, date);
  if (!invoice && req.counterpartyId) Object.assign(scalars, nullsAsEmpty(await buyerOf(em, req.counterpartyId)));
  const record = req.record ?? (invoice?.recordType ? { type: invoice.recordType, id: invoice.recordId! } : null);
  let document: SalesDocument;
  try {
    document = await em.transactional(async (tx) => {
      const number = invoice?.number ?? (await nextNumber(tx, req.docType, numberPrefix[req.docType], Number(date.slice(0, 4))));
      const data = documentData({ ...scalars, ...req.data, number, date, recordType: record?.type ?? '', recordId: record?.id ?? '' }, totals);
      const docx = renderDocx(Buffer.from(templateFile!.content!), data);
      const file = storeFile(tx, { fileName: `${number}.docx`, mediaType: DOCX_TYPE, content: docx });
      await tx.flush();
      const doc = tx.create(DocumentSchema, {
        docType: req.docType,
        number,
        templateId: template.id,
        recordType: record?.type ?? null,
        recordId: record?.id ?? null,
        invoiceId: invoice?.id ?? null,
        counterpartyId: req.counterpartyId ?? invoice?.counterpartyId ?? null,
        data,
        docxFileId: file.id,
        pdfFileId: null,
        creationKey: req.creationKey ?? null,
        createdBy: req.createdBy,
      });
      await tx.flush();
      return doc;
    });
  } catch (err) {
    // A concurrent retry with the same key won; its number stands and ours was rolled back.
    if (err instanceof UniqueConstraintViolationException && req.creationKey) {
      return { document: (await em.fork().findOneOrFail(DocumentSchema, { creationKey: req.creationKey })), created: false };
    }
    throw err;
  }
  if (!req.pdf) return { document, created: true };
  try {
    await ensurePdf(em, document);
    return { document, created: true };
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    return { document, created: true, pdfError: { code: err.code, message: err.message } };
  }
}

const nullsAsEmpty = (o: object) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v ?? '']));

function checkDataKeys(docType: DocumentType, data: Record<string, unknown>): void {
  const allowed = new Set(scalarFields[docType]);
  const unknown = Object.keys(data).filter((k) => !allowed.has(k) || k === 'number');
  if (unknown.length) {
    throw new DomainError('document.unknown_field', `Not a ${docType} field: ${unknown.join(', ')}`, 422, unknown.map((k) => ({ field: `data.${k}`, code: 'unrecognized_key', message: 'Not a field of this document type' })));
  }
}

async function invoiceFor(em: EntityManager, id: number, docType: DocumentType): Promise<Invoice> {
  const invoice = await em.findOne(InvoiceSchema, { id });
  if (!invoice) throw new DomainError('invoice.unknown', 'No such invoice', 422, ['invoiceId']);
  if (docType === 'invoice' && !invoice.number) throw new DomainError('invoice.not_issued', 'Issue the invoice first: a draft has no number', 422, ['invoiceId']);
  return invoice;
}

function fromInvoice(invoice: Invoice): { scalars: Record<string, unknown>; totals: Totals } {
  const lines = invoice.lines;
  return {
    scalars: {
      buyerName: invoice.buyerName,
      buyerTaxId: invoice.buyerTaxId ?? '',
      buyerAddress: invoice.buyerAddress ?? '',
      currency: invoice.currency,
      dueDate: invoice.dueDate ?? '',
      invoiceNumber: invoice.number ?? '',
    },
    totals: { lines, net: invoice.netTotal, tax: invoice.taxTotal, total: invoice.total },
  };
}

async function fromRequest(em: EntityManager, req: GenerateRequest, date: string) {
  if (!req.lines?.length) return { scalars: { currency: req.currency ?? '' }, totals: null };
  const currency = req.currency ?? 'UAH';
  const lines = await priceLines(em, req.lines, { currency, customerGroup: req.customerGroup ?? null, counterpartyId: req.counterpartyId, date, defaultTaxBp: defaultVatBp() });
  return { scalars: { currency }, totals: computeTotals(lines) };
}

/** The document's PDF, converted once and kept. */
export async function ensurePdf(em: EntityManager, document: SalesDocument) {
  if (document.pdfFileId) return (await loadFile(em, document.pdfFileId))!;
  const docx = await loadFile(em, document.docxFileId);
  const pdf = await convertToPdf(Buffer.from(docx!.content!));
  const file = storeFile(em, { fileName: `${document.number}.pdf`, mediaType: 'application/pdf', content: pdf });
  await em.flush();
  document.pdfFileId = file.id;
  await em.flush();
  return file;
}

export async function getDocument(em: EntityManager, id: number): Promise<SalesDocument> {
  const doc = await em.findOne(DocumentSchema, { id });
  if (!doc) throw new DomainError('not_found', 'No such document', 404);
  return doc;
}
