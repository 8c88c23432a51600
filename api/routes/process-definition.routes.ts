import { z } from 'zod';
import {
  deactivateProcess,
  deployProcess,
  getDefinition,
  getVersion,
  listDefinitions,
  listVersions,
  setActiveVersion,
  type ProcessDefinition,
} from '../../domain/processes/index.ts';
import type { ApiContext } from '../context.ts';
import { syncTimerStarts } from '../processes/timer-start-schedules.ts';
import { Problem } from '../problem.ts';
import { defineRoute } from '../route.ts';
import { processSheets } from '../exports/accounts.sheets.ts';
import { labelsFor } from '../exports/labels.ts';
import { formatParam, sendWorkbook, wantsXlsx } from '../exports/workbook.ts';

const designers = { roles: ['admin', 'process_owner'] };
const key = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'Letters, digits, - and _ (up to 64), starting with a letter or digit');
const keyParams = z.object({ key });
const versionParams = z.object({ key, number: z.coerce.number().int().positive() });

const definitionSchema = z
  .object({ key: z.string(), name: z.string(), activeVersion: z.number().int().nullable(), latestVersion: z.number().int(), lockVersion: z.number().int() })
  .meta({ id: 'ProcessDefinition' });

const problemSchema = z.object({ elementId: z.string(), elementType: z.string(), name: z.string().optional() });

const versionSchema = z
  .object({
    number: z.number().int(),
    name: z.string(),
    bpmnProcessId: z.string(),
    checksum: z.string(),
    active: z.boolean(),
    deployedAt: z.iso.datetime(),
    deployedBy: z.object({ id: z.number().int(), displayName: z.string().nullable() }),
    warnings: z.array(
      problemSchema.extend({
        reason: z.string().meta({ description: 'In English' }),
        reasonCode: z.string().optional().meta({ description: 'Set when the reason carries values: a stable code to translate (refusals send it in errors[].params too)' }),
        values: z.record(z.string(), z.union([z.string(), z.number()])).optional().meta({ description: 'The values the reason speaks of (element ids, expressions, limits)' }),
      }),
    ),
  })
  .meta({ id: 'ProcessVersion' });

function present(d: ProcessDefinition) {
  return { key: d.key, name: d.name, activeVersion: d.activeVersion, latestVersion: d.latestVersion, lockVersion: d.version };
}

/** Weak ETag of a definition's lock version, for If-Match on updates. */
const etag = (d: ProcessDefinition) => `W/"${d.version}"`;
function ifMatch(header: string | undefined): number | undefined {
  if (!header) return undefined;
  const m = /^(?:W\/)?"(\d+)"$/.exec(header.trim());
  if (!m) throw new Problem(400, 'bad_if_match', 'If-Match must be an ETag from this API, e.g. W/"3"');
  return Number(m[1]);
}

export function processDefinitionRoutes(ctx: ApiContext) {
  return [
    defineRoute({
      method: 'post',
      path: '/process-definitions/:key/versions',
      summary: 'Deploy a BPMN model as the next version of a process key',
      tags: ['processes'],
      access: designers,
      params: keyParams,
      query: z.object({ activate: z.enum(['true', 'false']).default('true') }),
      body: z.string().min(1, 'Send the BPMN XML as the request body'),
      bodyType: 'xml',
      responses: {
        201: { description: 'A new version was stored', schema: versionSchema },
        200: { description: 'The same model was already deployed; its version is returned', schema: versionSchema },
        403: { description: 'Only process owners and admins deploy' },
        422: { description: 'The model was refused; `errors[].params` names every offending element' },
      },
      async handle({ em, params, query, body, user }) {
        const result = await deployProcess(em, { key: params.key, xml: body, deployedBy: user.id, activate: query.activate === 'true' });
        if (result.created && result.definition.activeVersion === result.version.number) await syncTimerStarts(ctx, em, params.key);
        const [summary] = (await listVersions(em, params.key)).filter((v) => v.number === result.version.number);
        return { status: result.created ? 201 : 200, body: summary, headers: { etag: etag(result.definition) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/process-definitions',
      summary: 'Process keys with their latest and active versions',
      tags: ['processes'],
      access: 'user',
      query: z.object({ ...formatParam }),
      responses: { 200: { description: 'All process keys (with format=xlsx: as a workbook)', schema: z.object({ items: z.array(definitionSchema) }) } },
      async handle({ em, query, req, res, user }) {
        const items = (await listDefinitions(em)).map(present);
        if (wantsXlsx(req, query.format)) return sendWorkbook(res, 'processes', processSheets(items, labelsFor(req, user)));
        return { body: { items } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/process-definitions/:key',
      summary: 'One process key with its versions (newest first)',
      tags: ['processes'],
      access: 'user',
      params: keyParams,
      responses: {
        200: { description: 'The process; ETag for If-Match', schema: definitionSchema.extend({ versions: z.array(versionSchema) }) },
        404: { description: 'No such process' },
      },
      async handle({ em, params }) {
        const definition = await getDefinition(em, params.key);
        return { body: { ...present(definition), versions: await listVersions(em, params.key) }, headers: { etag: etag(definition) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/process-definitions/:key/versions/:number/xml',
      summary: 'The BPMN XML of a version, as it was deployed',
      tags: ['processes'],
      access: 'user',
      params: versionParams,
      responses: { 200: { description: 'BPMN 2.0 XML' }, 404: { description: 'No such version' } },
      async handle({ em, params, res }) {
        const version = await getVersion(em, params.key, params.number, 'xml');
        res.type('application/xml').send(version.xml);
        return {};
      },
    }),
    defineRoute({
      method: 'get',
      path: '/process-definitions/:key/versions/:number/graph',
      summary: 'The compiled graph the engine runs for a version',
      tags: ['processes'],
      access: 'user',
      params: versionParams,
      responses: { 200: { description: 'Compiled graph' }, 404: { description: 'No such version' } },
      async handle({ em, params }) {
        return { body: (await getVersion(em, params.key, params.number, 'graph')).graph };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/process-definitions/:key/active-version',
      summary: 'Choose the version new instances start with (send If-Match with the ETag you read)',
      tags: ['processes'],
      access: designers,
      params: keyParams,
      body: z.strictObject({ version: z.number().int().positive() }),
      responses: {
        200: { description: 'Updated', schema: definitionSchema },
        403: { description: 'Only process owners and admins' },
        412: { description: 'Someone changed the process since you read it' },
        428: { description: 'If-Match is required' },
      },
      async handle({ em, params, body, req }) {
        const expected = ifMatch(req.get('if-match'));
        if (expected === undefined) throw new Problem(428, 'if_match_required', 'Send If-Match with the ETag of the process you read');
        const definition = await setActiveVersion(em, params.key, body.version, expected);
        await syncTimerStarts(ctx, em, params.key);
        return { body: present(definition), headers: { etag: etag(definition) } };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/process-definitions/:key/active-version',
      summary: 'Deactivate a process: no new instances (API, message or timer starts); running ones go on. Send If-Match',
      tags: ['processes'],
      access: designers,
      params: keyParams,
      responses: {
        200: { description: 'Deactivated', schema: definitionSchema },
        403: { description: 'Only process owners and admins' },
        412: { description: 'Someone changed the process since you read it' },
        428: { description: 'If-Match is required' },
      },
      async handle({ em, params, req }) {
        const expected = ifMatch(req.get('if-match'));
        if (expected === undefined) throw new Problem(428, 'if_match_required', 'Send If-Match with the ETag of the process you read');
        const definition = await deactivateProcess(em, params.key, expected);
        await syncTimerStarts(ctx, em, params.key);
        return { body: present(definition), headers: { etag: etag(definition) } };
      },
    }),
  ];
}
