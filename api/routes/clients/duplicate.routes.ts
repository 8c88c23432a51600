import { z } from 'zod';
import { loadAccess } from '../../../domain/access/index.ts';
import {
  duplicateCandidates,
  duplicatePairs,
  duplicatePairsPage,
  getCompletenessSettings,
  mergeCounterparties,
  mergePreview,
  parseMergeEtag,
  type MergePreview,
} from '../../../domain/clients/index.ts';
import { duplicateSheets } from '../../exports/duplicates.sheets.ts';
import { labelsFor } from '../../exports/labels.ts';
import { formatParam, sendWorkbook, wantsXlsx } from '../../exports/workbook.ts';
import { Problem } from '../../problem.ts';
import { defineRoute } from '../../route.ts';
import { counterpartySchema, presentCounterparty } from './counterparty.present.ts';
import { refusingStale } from './http.ts';

const tags = ['clients'];
const id = z.coerce.number().int().positive().max(2147483647);
const reason = z.object({ kind: z.enum(['taxId', 'phone', 'email', 'name']), value: z.string().optional(), similarity: z.number().optional() });
const candidate = z.object({ id: z.number().int(), name: z.string(), responsibleId: z.number().int().nullable(), score: z.number(), reasons: z.array(reason) });
const pair = z.object({ a: z.object({ id: z.number().int(), name: z.string() }), b: z.object({ id: z.number().int(), name: z.string() }), score: z.number(), reasons: z.array(reason) });
const previewSchema = z.object({
  survivor: counterpartySchema,
  merged: counterpartySchema,
  fields: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
  moves: z.array(z.object({ name: z.string(), count: z.number().int() })),
});
const notFound = { description: 'Either record is missing or not within your reach' };

async function present(em: Parameters<typeof getCompletenessSettings>[0], p: MergePreview) {
  const { settings } = await getCompletenessSettings(em);
  return { survivor: presentCounterparty(p.survivor, settings), merged: presentCounterparty(p.merged, settings), fields: p.fields, moves: p.moves };
}

export function duplicateRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/counterparties/duplicate-candidates',
      summary: 'Likely duplicates of a record being typed (name, phone, e-mail, tax id), among the clients you may see',
      tags,
      access: 'user',
      query: z.object({
        name: z.string().trim().max(300).optional(),
        phone: z.string().trim().max(40).optional(),
        email: z.string().trim().max(320).optional(),
        taxId: z.string().trim().max(20).optional(),
        excludeId: id.optional(),
        limit: z.coerce.number().int().min(1).max(50).default(10),
      }),
      responses: { 200: { description: 'Best first', schema: z.object({ items: z.array(candidate) }) } },
      async handle({ em, user, query }) {
        return { body: { items: await duplicateCandidates(em, await loadAccess(em, user), query, query.limit) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/duplicates',
      summary: 'Duplicate pairs over the whole base within your reach, with score and reasons, best first',
      tags,
      access: 'user',
      query: z.object({
        minScore: z.coerce.number().min(0).max(1).default(0.5),
        limit: z.coerce.number().int().min(1).max(1000).default(100),
        cursor: z.string().max(200).optional(),
        ...formatParam,
      }),
      responses: {
        200: { description: 'A page of pairs (format=xlsx: every pair within your export reach, up to 10 000, as a workbook)', schema: z.object({ items: z.array(pair), total: z.number().int(), nextCursor: z.string().nullable() }) },
        403: { description: 'format=xlsx and your role may not export clients' },
      },
      async handle({ em, user, query, req, res }) {
        const access = await loadAccess(em, user);
        if (wantsXlsx(req, query.format)) {
          const pairs = await duplicatePairs(em, access, query.minScore, 'export');
          return sendWorkbook(res, 'duplicates', duplicateSheets(pairs.slice(0, 10_000), labelsFor(req, user)));
        }
        return { body: await duplicatePairsPage(em, access, query) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/duplicates/merge-preview',
      summary: 'What merging `merged` into `survivor` would change and move; its ETag is the If-Match of the merge',
      tags,
      access: 'user',
      query: z.object({ survivor: id, merged: id }),
      responses: { 200: { description: 'The preview', schema: previewSchema }, 404: notFound, 422: { description: 'Same record twice' } },
      async handle({ em, user, query }) {
        const p = await mergePreview(em, await loadAccess(em, user), query.survivor, query.merged);
        return { body: await present(em, p), headers: { etag: p.etag } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/duplicates/merge',
      summary: 'Merge `merged` into `survivor` in one transaction; If-Match is the preview ETag (versions of both)',
      tags,
      access: 'user',
      body: z.strictObject({ survivor: z.number().int().positive(), merged: z.number().int().positive() }),
      responses: {
        200: { description: 'Merged; `merged` is now a tombstone', schema: previewSchema },
        404: notFound,
        412: { description: 'One of the records changed since the preview; `current` holds it' },
        428: { description: 'If-Match is required' },
      },
      async handle({ em, user, body, req }) {
        const header = req.get('if-match');
        if (!header) throw new Problem(428, 'if_match_required', 'Send If-Match with the ETag of the merge preview');
        const expected = parseMergeEtag(header);
        const access = await loadAccess(em, user);
        const { settings } = await getCompletenessSettings(em);
        const p = await refusingStale(() => mergeCounterparties(em, access, body.survivor, body.merged, expected), (c) => presentCounterparty(c, settings));
        return { body: await present(em, p) };
      },
    }),
  ];
}
