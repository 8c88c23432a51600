import type { Response } from 'express';
import { z } from 'zod';
import { loadAccess } from '../../../domain/access/index.ts';
import {
  createSegment,
  deleteSegment,
  exportCounterparties,
  getCompletenessSettings,
  getSegment,
  listSegments,
  segmentCount,
  segmentFilter,
  segmentMembers,
  segmentRule,
  sortKeys,
  updateSegment,
  type Segment,
} from '../../../domain/clients/index.ts';
import { exportLanguage } from '../../exports/labels.ts';
import { defineRoute } from '../../route.ts';
import { counterpartySchema, presentCounterparty } from './counterparty.present.ts';
import { filterQuery } from './counterparty.routes.ts';
import { etag, idParams, refusingStale, requiredIfMatch } from './http.ts';

const tags = ['clients'];
const segmentInput = z.strictObject({ name: z.string().trim().min(1).max(200), description: z.string().trim().max(2000).nullable().optional(), rules: segmentRule });
const segmentSchema = z
  .object({ id: z.number().int(), name: z.string(), description: z.string().nullable(), rules: segmentRule, ownerId: z.number().int().nullable(), lockVersion: z.number().int() })
  .meta({ id: 'Segment' });
const present = (s: Segment) => ({ id: s.id, name: s.name, description: s.description ?? null, rules: s.rules, ownerId: s.ownerId ?? null, lockVersion: s.version });
const notFound = { description: 'No such segment' };
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a workbook as a download. */
export function sendXlsx(res: Response, name: string, data: Buffer) {
  res.status(200).type(xlsx).setHeader('content-disposition', `attachment; filename="${name}.xlsx"`);
  res.send(data);
  return {};
}

export function segmentRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/counterparties/export',
      summary: 'The counterparties matching the filter, within your export reach, as XLSX (headers in your language; import reads them back)',
      tags,
      access: 'user',
      query: z.object(filterQuery),
      responses: { 200: { description: 'An XLSX workbook' }, 403: { description: 'Your role may not export' }, 422: { description: 'Too many rows' } },
      async handle({ em, user, query, req, res }) {
        return sendXlsx(res, 'counterparties', await exportCounterparties(em, await loadAccess(em, user), query, exportLanguage(req, user)));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/segments',
      summary: 'Saved segments',
      tags,
      access: 'user',
      responses: { 200: { description: 'All segments', schema: z.object({ items: z.array(segmentSchema) }) } },
      async handle({ em, user }) {
        return { body: { items: (await listSegments(em, await loadAccess(em, user))).map(present) } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/segments',
      summary: 'Save a segment: rules over fields, tags, status, industry, region, size, ABC/XYZ class and activity dates',
      tags,
      access: 'user',
      body: segmentInput,
      responses: { 201: { description: 'Saved', schema: segmentSchema }, 422: { description: 'Invalid rules (field paths name the rule)' } },
      async handle({ em, user, body }) {
        const s = await createSegment(em, await loadAccess(em, user), body);
        return { status: 201, body: present(s), headers: { etag: etag(s.version) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/segments/:id',
      summary: 'One segment with the number of members you may see',
      tags,
      access: 'user',
      params: idParams,
      responses: { 200: { description: 'The segment', schema: segmentSchema.extend({ count: z.number().int() }) }, 404: notFound },
      async handle({ em, user, params }) {
        const access = await loadAccess(em, user);
        const s = await getSegment(em, access, params.id);
        return { body: { ...present(s), count: await segmentCount(em, access, s.id) }, headers: { etag: etag(s.version) } };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/segments/:id',
      summary: 'Replace a segment (owner or admin; needs If-Match)',
      tags,
      access: 'user',
      params: idParams,
      body: segmentInput,
      responses: { 200: { description: 'Saved', schema: segmentSchema }, 403: { description: 'Not the owner' }, 404: notFound, 412: { description: 'Changed since you read it' }, 428: { description: 'If-Match is required' } },
      async handle({ em, user, params, body, req }) {
        const expected = requiredIfMatch(req);
        const s = await refusingStale(async () => updateSegment(em, await loadAccess(em, user), params.id, body, expected), (c) => present(c));
        return { body: present(s), headers: { etag: etag(s.version) } };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/segments/:id',
      summary: 'Delete a segment (owner or admin; needs If-Match)',
      tags,
      access: 'user',
      params: idParams,
      responses: { 204: { description: 'Deleted' }, 403: { description: 'Not the owner' }, 404: notFound, 412: { description: 'Changed since you read it' }, 428: { description: 'If-Match is required' } },
      async handle({ em, user, params, req }) {
        const expected = requiredIfMatch(req);
        await refusingStale(async () => deleteSegment(em, await loadAccess(em, user), params.id, expected), (c) => present(c));
        return { status: 204 };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/segments/:id/members',
      summary: 'Members of a segment within your reach, one page at a time',
      tags,
      access: 'user',
      params: idParams,
      query: z.object({ sort: z.enum(sortKeys).default('name'), limit: z.coerce.number().int().min(1).max(200).default(50), cursor: z.string().max(500).optional() }),
      responses: { 200: { description: 'A page', schema: z.object({ items: z.array(counterpartySchema), nextCursor: z.string().nullable() }) }, 404: notFound },
      async handle({ em, user, params, query }) {
        const page = await segmentMembers(em, await loadAccess(em, user), params.id, query);
        const { settings } = await getCompletenessSettings(em);
        return { body: { items: page.items.map((c) => presentCounterparty(c, settings)), nextCursor: page.nextCursor } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/segments/:id/export',
      summary: 'Members of a segment within your export reach, as XLSX',
      tags,
      access: 'user',
      params: idParams,
      responses: { 200: { description: 'An XLSX workbook' }, 403: { description: 'Your role may not export' }, 404: notFound },
      async handle({ em, user, params, req, res }) {
        const access = await loadAccess(em, user);
        return sendXlsx(res, `segment-${params.id}`, await exportCounterparties(em, access, await segmentFilter(em, access, params.id), exportLanguage(req, user)));
      },
    }),
  ];
}
