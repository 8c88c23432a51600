import { z } from 'zod';
import { loadAccess } from '../../../domain/access/index.ts';
import { abcXyz, classHistory, importSalesFile, importSalesLines, measures, recalculateAbcXyz, segmentationReport } from '../../../domain/clients/index.ts';
import { idempotent } from '../../../domain/system/index.ts';
import { Problem } from '../../problem.ts';
import { defineRoute, type RouteResult } from '../../route.ts';
import { idParams } from './http.ts';
import { abcXyzSheets } from '../../exports/abc-xyz.sheets.ts';
import { segmentationSheets } from '../../exports/segmentation.sheets.ts';
import { classHistorySchema, recalculationSchema, salesImportSchema, segmentationSchema } from './analysis.schemas.ts';
import { labelsFor } from '../../exports/labels.ts';
import { formatParam, sendWorkbook, wantsXlsx } from '../../exports/workbook.ts';

const tags = ['clients'];
const percent = z.coerce.number().min(0).max(100);
const period = { from: z.iso.date(), to: z.iso.date() };
const abcXyzQuery = z.object({
  ...period,
  measure: z.enum(measures).default('revenue'),
  a: percent.default(80),
  b: percent.default(15),
  x: percent.default(10),
  y: percent.default(25),
});
const analysts = { roles: ['admin', 'analyst'] };
const classRowSchema = z
  .object({
    counterpartyId: z.number().int(),
    name: z.string(),
    total: z.number().meta({ description: 'The measure (revenue or margin) over the period' }),
    revenue: z.number(),
    margin: z.number(),
    share: z.number().meta({ description: "Fraction (0–1) of the whole base's total" }),
    abc: z.enum(['A', 'B', 'C']),
    cv: z.number().nullable().meta({ description: 'Coefficient of variation of monthly sales as a fraction (x and y are percent of it); null without revenue' }),
    xyz: z.enum(['X', 'Y', 'Z']),
  })
  .meta({ id: 'AbcXyzClassRow' });
const abcXyzSchema = z
  .object({
    period: z.object(period),
    measure: z.enum(measures),
    thresholds: z.object({ a: z.number(), b: z.number(), c: z.number(), x: z.number(), y: z.number() }),
    clients: z.number().int().meta({ description: 'Classified clients within your reach' }),
    matrix: z.record(z.string(), z.number().int()).meta({ description: 'Clients per cell, AX to CZ' }),
    items: z.array(classRowSchema).meta({ description: 'Best clients first, up to `limit`' }),
  })
  .meta({ id: 'AbcXyzAnalysis' });

export function analysisRoutes() {
  return [
    defineRoute({
      method: 'post',
      path: '/sales-lines/import',
      summary: 'Import sales lines from CSV (counterpartyId or taxId, date, revenue, margin, reference); dryRun only reports',
      tags,
      access: 'user',
      body: z.strictObject({ csv: z.string().min(1).max(1_900_000), dryRun: z.boolean().default(false) }),
      responses: { 200: { description: 'Per-row errors, counts of valid, imported and skipped (already imported) rows', schema: salesImportSchema }, 422: { description: 'Not a CSV' } },
      async handle({ em, user, body, req }): Promise<RouteResult> {
        const access = await loadAccess(em, user);
        if (body.dryRun) return { body: await importSalesLines(em, access, body.csv, true) };
        const answer = await idempotent(em, { userId: user.id, scope: 'sales-lines.import', key: req.get('idempotency-key') }, async (tx) => ({
          status: 200,
          body: await importSalesLines(tx, access, body.csv, false),
        }));
        return { status: answer.status, body: answer.body, headers: answer.replayed ? { 'idempotent-replayed': 'true' } : ({} as Record<string, string>) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/sales-lines/import-file',
      summary: 'Import sales lines from a CSV or XLSX file (same headers); lines without a reference are keyed by the file, so a second import adds nothing',
      tags,
      access: 'user',
      bodyType: 'file',
      query: z.object({ dryRun: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') }),
      responses: {
        200: { description: 'Per-row errors, counts of valid, imported and skipped (already imported) rows', schema: salesImportSchema },
        413: { description: 'File too big or too many rows' },
        415: { description: 'Not a CSV or XLSX upload' },
        422: { description: 'Not readable as CSV or XLSX' },
      },
      async handle({ em, user, req, query }) {
        if (!Buffer.isBuffer(req.body)) throw new Problem(415, 'import.unsupported_type', 'Send the file as text/csv or XLSX', `Got ${req.get('content-type') ?? 'no content type'}`);
        return { body: await importSalesFile(em, await loadAccess(em, user), req.body, query.dryRun) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/analyses/abc-xyz',
      summary: 'ABC by revenue or margin share and XYZ by the variation of monthly sales over a period, with the matrix (your clients only)',
      tags,
      access: 'user',
      query: abcXyzQuery.extend({
        limit: z.coerce.number().int().min(1).max(10000).default(1000),
        manager: z.coerce.number().int().positive().optional().describe('Only the clients this user is responsible for (within your reach)'),
        ...formatParam,
      }),
      responses: { 200: { description: 'Classes, matrix, best clients first', schema: abcXyzSchema }, 422: { description: 'Bad period or thresholds' } },
      async handle({ em, user, query, req, res }) {
        const { format, limit, manager, ...params } = query;
        const xlsx = wantsXlsx(req, format);
        // The workbook lists every classified client; the screen asks for a page of them.
        const result = await abcXyz(em, await loadAccess(em, user), params, xlsx ? 10_000 : limit, manager);
        if (xlsx) return sendWorkbook(res, `abc-xyz-${params.from}-${params.to}`, abcXyzSheets(result, labelsFor(req, user)));
        return { body: result };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/analyses/abc-xyz/recalculate',
      summary: 'Store every client’s ABC/XYZ class for a period (history and current class); admins and analysts',
      tags,
      access: analysts,
      body: z.strictObject({ ...period, measure: z.enum(measures).default('revenue'), a: percent.default(80), b: percent.default(15), x: percent.default(10), y: percent.default(25) }),
      responses: { 200: { description: 'How many clients were classified, how many lost their class', schema: recalculationSchema }, 403: { description: 'Admins and analysts only' } },
      async handle({ em, user, body }) {
        return { body: await recalculateAbcXyz(em, await loadAccess(em, user), body) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/counterparties/:id/classes',
      summary: 'The ABC/XYZ class history of a client, newest first',
      tags,
      access: 'user',
      params: idParams,
      responses: { 200: { description: 'Class history', schema: classHistorySchema }, 404: { description: 'No such counterparty, or not within your reach' } },
      async handle({ em, user, params }) {
        return { body: { items: await classHistory(em, await loadAccess(em, user), params.id) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/reports/segmentation',
      summary: 'Counts and revenue of your clients by industry, region, size, ABC/XYZ class and status',
      tags,
      access: 'user',
      query: z.object({ ...period, ...formatParam }),
      responses: { 200: { description: 'One list per dimension (format=xlsx: one sheet each)', schema: segmentationSchema }, 422: { description: 'Bad period' } },
      async handle({ em, user, query, req, res }) {
        const report = await segmentationReport(em, await loadAccess(em, user), query.from, query.to);
        if (wantsXlsx(req, query.format)) return sendWorkbook(res, `segmentation-${query.from}-${query.to}`, segmentationSheets(report, labelsFor(req, user)));
        return { body: report };
      },
    }),
  ];
}
