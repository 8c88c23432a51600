import { z } from 'zod';
import {
  checkReach,
  DocumentSchema,
  getInvoice,
  reachFilter,
  DocumentTemplateSchema,
  documentTypes,
  ensurePdf,
  generateDocument,
  getDocument,
  lineFields,
  loadFile,
  scalarFields,
  TEMPLATE_MAX_BYTES,
  uploadTemplate,
  type DocumentTemplate,
  type SalesDocument,
} from '../../../domain/sales/index.ts';
import { Problem } from '../../problem.ts';
import { defineRoute } from '../../route.ts';
import { creationKey, currency, decodeCursor, idParams, isoDate, listSchema, page, pageQuery, recordRef, salesReaders, salesWriters } from './http.ts';
import { lineBody } from './lines.schema.ts';

const docType = z.enum(documentTypes);
const templateSchema = z
  .object({ id: z.number().int(), docType, name: z.string(), placeholders: z.array(z.string()), active: z.boolean(), uploadedAt: z.iso.datetime() })
  .meta({ id: 'DocumentTemplate' });
const documentSchema = z
  .object({
    id: z.number().int(), docType, number: z.string(), templateId: z.number().int(), record: recordRef.nullable(), invoiceId: z.number().int().nullable(),
    counterpartyId: z.number().int().nullable(), hasPdf: z.boolean(), createdAt: z.iso.datetime(), downloads: z.object({ docx: z.string(), pdf: z.string() }),
  })
  .meta({ id: 'SalesDocument' });

const presentTemplate = (t: DocumentTemplate) => ({ id: t.id, docType: t.docType, name: t.name, placeholders: t.placeholders, active: t.active, uploadedAt: t.uploadedAt.toISOString() });
export const presentDocument = (d: SalesDocument) => ({
  id: d.id, docType: d.docType, number: d.number, templateId: d.templateId, record: d.recordType ? { type: d.recordType, id: d.recordId! } : null,
  invoiceId: d.invoiceId ?? null, counterpartyId: d.counterpartyId ?? null, hasPdf: !!d.pdfFileId, createdAt: d.createdAt.toISOString(),
  downloads: { docx: `/api/v1/documents/${d.id}/file?format=docx`, pdf: `/api/v1/documents/${d.id}/file?format=pdf` },
});

export function documentRoutes() {
  return [
    defineRoute({
      method: 'get', path: '/document-templates/fields', summary: 'The placeholders a template of each document type may use', tags: ['documents'], access: salesReaders,
      responses: { 200: { description: 'Per type: scalar placeholders and the fields inside {#lines}…{/lines}' } },
      async handle() {
        return { body: Object.fromEntries(documentTypes.map((t) => [t, { fields: scalarFields[t], loops: { lines: lineFields } }])) };
      },
    }),
    defineRoute({
      method: 'post', path: '/document-templates', summary: `Upload a DOCX template (base64, at most ${TEMPLATE_MAX_BYTES} bytes); unknown placeholders are refused by name`, tags: ['documents'], access: salesWriters,
      body: z.strictObject({ docType, name: z.string().trim().min(1).max(200), fileName: z.string().trim().min(1).max(255).default('template.docx'), contentBase64: z.base64().max(Math.ceil((TEMPLATE_MAX_BYTES * 4) / 3) + 4) }),
      responses: {
        201: { description: 'Stored', schema: templateSchema },
        413: { description: 'Larger than the limit' },
        422: { description: 'Not a DOCX, broken tags, or unknown placeholders (`errors[].params.placeholder`)' },
      },
      async handle({ em, body, user }) {
        const template = await uploadTemplate(em, { docType: body.docType, name: body.name, fileName: body.fileName, content: Buffer.from(body.contentBase64, 'base64'), uploadedBy: user.id });
        return { status: 201, body: presentTemplate(template) };
      },
    }),
    defineRoute({
      method: 'get', path: '/document-templates', summary: 'Templates, newest first', tags: ['documents'], access: salesReaders,
      query: z.object({ docType: docType.optional() }),
      responses: { 200: { description: 'Templates', schema: z.object({ items: z.array(templateSchema) }) } },
      async handle({ em, query }) {
        const rows = await em.find(DocumentTemplateSchema, query.docType ? { docType: query.docType } : {}, { orderBy: { id: 'desc' } });
        return { body: { items: rows.map(presentTemplate) } };
      },
    }),
    defineRoute({
      method: 'post', path: '/documents', summary: 'Generate a numbered document (DOCX, and PDF with `pdf: true`) for a business record', tags: ['documents'], access: salesWriters,
      body: z.strictObject({
        docType, templateId: z.number().int().positive().optional(), record: recordRef.optional(), invoiceId: z.number().int().positive().optional(),
        data: z.record(z.string(), z.union([z.string().max(2000), z.number()])).optional(), lines: z.array(lineBody).max(500).optional(),
        currency: currency.optional(), customerGroup: z.string().max(64).nullable().optional(), date: isoDate.optional(), pdf: z.boolean().default(false),
        counterpartyId: z.number().int().positive().optional(),
      }),
      responses: {
        201: { description: 'Generated', schema: documentSchema.extend({ pdfError: z.object({ code: z.string(), message: z.string() }).optional() }) },
        200: { description: 'Replayed Idempotency-Key: the same document' },
        422: { description: 'No template for the type, unknown data field, unpriced line' },
      },
      async handle({ em, body, user, req }) {
        const key = creationKey(req);
        await checkReach(em, user, body.counterpartyId, 'link');
        if (body.invoiceId) await checkReach(em, user, (await getInvoice(em, body.invoiceId).catch(() => null))?.counterpartyId, 'link');
        const result = await generateDocument(em, { ...body, createdBy: user.id, creationKey: key ? `user:${user.id}:${key}` : null });
        return { status: result.created ? 201 : 200, body: { ...presentDocument(result.document), ...(result.pdfError ? { pdfError: result.pdfError } : {}) } };
      },
    }),
    defineRoute({
      method: 'get', path: '/documents', summary: 'Documents, optionally of one business record or invoice; cursor pages', tags: ['documents'], access: salesReaders,
      query: z.object({ ...pageQuery, recordType: z.string().max(40).optional(), recordId: z.string().max(100).optional(), invoiceId: z.coerce.number().int().positive().optional(), docType: docType.optional() }),
      responses: { 200: { description: 'A page', schema: listSchema(documentSchema) } },
      async handle({ em, query, user }) {
        const after = decodeCursor(query.after);
        const where = {
          ...(after ? { id: { $gt: after } } : {}), ...(query.recordType ? { recordType: query.recordType } : {}), ...(query.recordId ? { recordId: query.recordId } : {}),
          ...(query.invoiceId ? { invoiceId: query.invoiceId } : {}), ...(query.docType ? { docType: query.docType } : {}),
        };
        return { body: page(await em.find(DocumentSchema, { $and: [where, await reachFilter(em, user)] }, { orderBy: { id: 'asc' }, limit: query.limit + 1 }), query.limit, presentDocument) };
      },
    }),
    defineRoute({
      method: 'get', path: '/documents/:id', summary: 'One generated document', tags: ['documents'], access: salesReaders, params: idParams,
      responses: { 200: { description: 'The document', schema: documentSchema }, 404: { description: 'No such document' } },
      async handle({ em, params, user }) {
        const doc = await getDocument(em, params.id);
        await checkReach(em, user, doc.counterpartyId);
        return { body: presentDocument(doc) };
      },
    }),
    defineRoute({
      method: 'get', path: '/documents/:id/file', summary: 'Download the DOCX or PDF (PDF is converted once, then kept; 503 without LibreOffice)', tags: ['documents'], access: salesReaders, params: idParams,
      query: z.object({ format: z.enum(['docx', 'pdf']).default('docx') }),
      responses: { 200: { description: 'The file' }, 404: { description: 'No such document' }, 503: { description: 'PDF needs LibreOffice on the server' } },
      async handle({ em, params, query, res, user }) {
        const doc = await getDocument(em, params.id);
        await checkReach(em, user, doc.counterpartyId);
        const file = query.format === 'pdf' ? await ensurePdf(em, doc) : await loadFile(em, doc.docxFileId);
        if (!file?.content) throw new Problem(404, 'not_found', 'The file is missing');
        res.setHeader('content-type', file.mediaType);
        res.setHeader('content-disposition', `attachment; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"`);
        res.status(200).end(Buffer.from(file.content));
        return {};
      },
    }),
  ];
}
