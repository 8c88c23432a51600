import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * Uploaded templates and generated documents live in PostgreSQL (bytea): they commit in the
 * same transaction as the document number, every API node and worker sees them without a
 * shared disk, and one database backup holds everything. Files are small (templates are
 * limited to 1 MB); a blob store can replace this table when volumes demand it.
 */
export const StoredFileSchema = defineEntity({
  name: 'StoredFile',
  tableName: 'stored_file',
  properties: {
    id: p.uuid().primary(),
    fileName: p.string().length(255),
    mediaType: p.string().length(120),
    size: p.integer(),
    sha256: p.string().length(64),
    content: p.blob().lazy(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type StoredFile = InferEntity<typeof StoredFileSchema>;

export const DocumentTemplateSchema = defineEntity({
  name: 'DocumentTemplate',
  tableName: 'document_template',
  properties: {
    id: p.integer().primary().autoincrement(),
    docType: p.string().length(40),
    name: p.string().length(200),
    fileId: p.uuid(),
    placeholders: p.json<string[]>(),
    active: p.boolean().default(true),
    uploadedBy: p.integer(),
    uploadedAt: p.datetime().onCreate(() => new Date()),
    version: p.integer().version(),
  },
});
export type DocumentTemplate = InferEntity<typeof DocumentTemplateSchema>;

export const DocumentSchema = defineEntity({
  name: 'Document',
  tableName: 'document',
  properties: {
    id: p.integer().primary().autoincrement(),
    docType: p.string().length(40),
    /** Unique, except re-prints of an invoice, which carry the invoice's number. */
    number: p.string().length(40),
    templateId: p.integer(),
    recordType: p.string().length(40).nullable(),
    recordId: p.string().length(100).nullable(),
    invoiceId: p.integer().nullable(),
    counterpartyId: p.integer().nullable(),
    data: p.json<Record<string, unknown>>(),
    docxFileId: p.uuid(),
    pdfFileId: p.uuid().nullable(),
    creationKey: p.string().length(300).nullable().unique(),
    createdBy: p.integer().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type SalesDocument = InferEntity<typeof DocumentSchema>;

export const DocumentSequenceSchema = defineEntity({
  name: 'DocumentSequence',
  tableName: 'document_sequence',
  properties: {
    docType: p.string().length(40).primary(),
    year: p.integer().primary(),
    lastNumber: p.integer(),
  },
});
