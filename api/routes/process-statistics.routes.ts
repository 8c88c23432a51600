import { z } from 'zod';
import { getDefinition, getVersion, nodeStatistics, sliceUsers } from '../../domain/processes/index.ts';
import { labelsFor } from '../exports/labels.ts';
import { statisticsSheets } from '../exports/statistics.sheets.ts';
import { formatParam, sendWorkbook, wantsXlsx } from '../exports/workbook.ts';
import { defineRoute } from '../route.ts';

const nodeSchema = z
  .object({
    nodeId: z.string(),
    nodeType: z.string().nullable(),
    entered: z.number().int(),
    completed: z.number().int(),
    open: z.number().int(),
    avgMs: z.number().int().nullable(),
    p90Ms: z.number().int().nullable(),
    withDueDate: z.number().int(),
    slaBreaches: z.number().int(),
  })
  .meta({ id: 'NodeStatistics' });

const statisticsSchema = z.object({ key: z.string(), version: z.number().int().nullable(), nodes: z.array(nodeSchema) }).meta({ id: 'ProcessStatistics' });

const id = z.coerce.number().int().positive();

export function processStatisticsRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/process-definitions/:key/statistics',
      summary: 'Per node: visits, time spent (avg, p90), open tokens and SLA breaches — the heatmap over the diagram',
      tags: ['processes'],
      access: 'user',
      params: z.object({ key: z.string().min(1).max(64) }),
      query: z.object({
        version: id.optional(),
        from: z.coerce.date().optional(),
        to: z.coerce.date().optional(),
        manager: id.optional().describe('a user: instances they started or hold or finished a task in'),
        team: id.optional().describe('a team: the same for any of its members'),
        source: z.string().max(200).optional().describe('the instance variable `source` (lead source)'),
        ...formatParam,
      }),
      responses: {
        200: { description: 'Figures per node of the slice (or, with format=xlsx, the same table as a workbook)', schema: statisticsSchema },
        403: { description: 'Not a process owner, analyst or head of sales, or a manager/team outside a head’s teams' },
        404: { description: 'No such process' },
      },
      async handle({ em, params, query, user, req, res }) {
        const definition = await getDefinition(em, params.key);
        const userIds = await sliceUsers(em, user, { manager: query.manager, team: query.team });
        const nodes = await nodeStatistics(em, { key: params.key, version: query.version, from: query.from, to: query.to, source: query.source, userIds });
        if (wantsXlsx(req, query.format)) {
          // Steps are named as on the diagram the screen draws: the version asked for, else the active one.
          const shown = query.version ?? definition.activeVersion ?? definition.latestVersion;
          const graph = (await getVersion(em, params.key, shown, 'graph')).graph;
          const names = new Map(Object.values(graph.nodes).map((n) => [n.id, n.name || n.id]));
          return sendWorkbook(res, `${params.key}-statistics`, statisticsSheets(nodes, names, labelsFor(req, user)));
        }
        return { body: { key: params.key, version: query.version ?? null, nodes } };
      },
    }),
  ];
}
