import { z } from 'zod';
import { loadAccess } from '../../../domain/access/index.ts';
import { getImport, importFields, importMapping, runImport, uploadImport } from '../../../domain/clients/index.ts';
import { Problem } from '../../problem.ts';
import { defineRoute } from '../../route.ts';
import { importIssueParams } from './analysis.schemas.ts';
import { idParams } from './http.ts';

const tags = ['clients'];
const importSummary = z.object({
  id: z.number().int(),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  status: z.enum(['uploaded', 'importing', 'done']),
  rows: z.number().int(),
  columns: z.array(z.string()),
  sample: z.array(z.record(z.string(), z.string())).optional(),
  suggestedMapping: z.record(z.string(), z.enum(importFields)).optional(),
  result: z.unknown(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
const problem = (text: string) => ({ description: text });
const importRunSchema = z
  .object({
    importId: z.number().int(),
    dryRun: z.boolean(),
    totals: z.object({ rows: z.number().int(), new: z.number().int(), created: z.number().int(), importedBefore: z.number().int(), invalid: z.number().int(), duplicate: z.number().int() }),
    rows: z.array(
      z.object({
        row: z.number().int().meta({ description: 'Row as a spreadsheet shows it (the header is row 1)' }),
        status: z.enum(['new', 'created', 'imported_before', 'invalid', 'duplicate']),
        record: z.record(z.string(), z.unknown()),
        errors: z.array(z.object({ field: z.string(), column: z.string().nullable(), code: z.string(), params: importIssueParams, message: z.string() })),
        duplicates: z.object({
          base: z.array(z.object({ id: z.number().int(), name: z.string(), responsibleId: z.number().int().nullable(), score: z.number(), reasons: z.array(z.object({ kind: z.enum(['taxId', 'phone', 'email', 'name']), value: z.string().optional(), similarity: z.number().optional() })) })),
          file: z.array(z.number().int()),
        }),
        counterpartyId: z.number().int().nullable(),
      }),
    ),
  })
  .meta({ id: 'ClientImportRun' });

export function importRoutes() {
  return [
    defineRoute({
      method: 'post',
      path: '/counterparties/imports',
      summary: 'Upload a CSV or XLSX file of counterparties; answers its columns, a sample and a suggested mapping (the same file again answers the same import)',
      tags,
      access: 'user',
      bodyType: 'file',
      query: z.object({ fileName: z.string().trim().min(1).max(255).default('clients') }),
      responses: {
        201: { description: 'A new import', schema: importSummary },
        200: { description: 'This file was uploaded before: its import', schema: importSummary },
        403: problem('Your roles do not allow creating counterparties'),
        409: problem('Another user uploaded the same file'),
        413: problem('File too big or too many rows'),
        415: problem('Not a CSV or XLSX upload'),
        422: problem('Not readable as CSV or XLSX'),
      },
      async handle({ em, user, req, query }) {
        if (!Buffer.isBuffer(req.body)) {
          throw new Problem(415, 'import.unsupported_type', 'Send the file as text/csv or XLSX', `Got ${req.get('content-type') ?? 'no content type'}`);
        }
        const answer = await uploadImport(em, await loadAccess(em, user), query.fileName, req.body);
        return { status: answer.created ? 201 : 200, body: answer.import };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/counterparties/imports/:id',
      summary: 'An import you uploaded: its columns, status and last result',
      tags,
      access: 'user',
      params: idParams,
      responses: { 200: { description: 'The import', schema: importSummary }, 404: problem('No such import of yours') },
      async handle({ em, user, params }) {
        return { body: await getImport(em, await loadAccess(em, user), params.id) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/counterparties/imports/:id/run',
      summary: 'Check (dryRun) or import the rows of an uploaded file under a column mapping: per row the record, errors by field and likely duplicates',
      tags,
      access: 'user',
      params: idParams,
      body: z.strictObject({
        mapping: importMapping,
        dryRun: z.boolean().default(true),
        onDuplicate: z.enum(['skip', 'import']).default('skip'),
        minScore: z.number().min(0).max(1).default(0.85),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(0).max(5000).default(1000),
      }),
      responses: {
        200: { description: 'Totals and the rows from offset: new, created, imported_before, invalid or duplicate', schema: importRunSchema },
        403: problem('Your roles do not allow creating counterparties'),
        404: problem('No such import of yours'),
        422: problem('A mapped column is not in the file, or the mapping is invalid'),
      },
      async handle({ em, user, params, body }) {
        return { body: await runImport(em, await loadAccess(em, user), params.id, body) };
      },
    }),
  ];
}
