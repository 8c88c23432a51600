import { z } from 'zod';
import {
  assertCancellable,
  instanceDetails,
  listInstances,
  pickVariables,
  visibleInstance,
  type ProcessEvent,
  type ProcessInstance,
  type Task,
} from '../../domain/processes/index.ts';
import { instanceStatuses } from '../../domain/processes/runtime/process-instance.entity.ts';
import { cancelInstanceSignal, stateQuery } from '../../workflows/names.ts';
import type { ApiContext } from '../context.ts';
import { defineRoute } from '../route.ts';
import { csvList } from './clients/http.ts';
import { instanceSheets } from '../exports/instances.sheets.ts';
import { instanceNames, recordOf } from '../processes/instance-names.ts';
import { labelsFor } from '../exports/labels.ts';
import { formatParam, sendWorkbook, wantsXlsx } from '../exports/workbook.ts';

const summarySchema = z
  .object({
    workflowId: z.string(),
    definitionKey: z.string(),
    versionNumber: z.number().int(),
    status: z.enum(instanceStatuses),
    currentNodes: z.array(z.string()),
    currentStepNames: z.array(z.string()).meta({ description: 'The steps of currentNodes as the model names them (the id when unnamed)' }),
    stage: z.string().nullable(),
    record: z.object({ type: z.string(), id: z.string() }).nullable(),
    recordName: z.string().nullable().meta({ description: 'The client’s name or the deal’s title; null when the record is out of your reach' }),
    startedBy: z.number().int().nullable(),
    startedAt: z.iso.datetime(),
    endedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ProcessInstanceSummary' });

const eventSchema = z.object({
  type: z.string(),
  nodeId: z.string().nullable(),
  nodeType: z.string().nullable(),
  tokenId: z.string().nullable(),
  taskId: z.string().nullable(),
  actorId: z.number().int().nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
  occurredAt: z.iso.datetime(),
});

const taskSchema = z.object({ id: z.string(), nodeId: z.string(), name: z.string(), assigneeId: z.number().int().nullable(), dueAt: z.iso.datetime().nullable() });

export const presentSummary = (i: ProcessInstance) => ({
  workflowId: i.workflowId,
  definitionKey: i.definitionKey,
  versionNumber: i.versionNumber,
  status: i.status,
  currentNodes: i.currentNodes,
  stage: i.stage,
  record: recordOf(i),
  startedBy: i.startedBy ?? null,
  startedAt: i.startedAt.toISOString(),
  endedAt: i.endedAt?.toISOString() ?? null,
});
const presentEvent = (e: ProcessEvent) => ({
  type: e.type,
  nodeId: e.nodeId ?? null,
  nodeType: e.nodeType ?? null,
  tokenId: e.tokenId ?? null,
  taskId: e.taskId ?? null,
  actorId: e.actorId ?? null,
  data: e.data ?? null,
  occurredAt: e.occurredAt.toISOString(),
});
const presentTask = (t: Task) => ({ id: t.id, nodeId: t.nodeId, name: t.name, assigneeId: t.assigneeId ?? null, dueAt: t.dueAt?.toISOString() ?? null });

const workflowParams = z.object({ workflowId: z.string().min(1).max(200) });
export function processInstanceAdminRoutes(ctx: ApiContext) {
  return [
    defineRoute({
      method: 'get',
      path: '/process-instances',
      summary: 'Instances newest first, filtered; process owners, analysts and admins see all, others those they started or work in',
      tags: ['processes'],
      access: 'user',
      query: z.object({
        key: z.string().max(64).optional(),
        version: z.coerce.number().int().positive().optional(),
        state: csvList(z.enum(instanceStatuses)).describe('comma-separated: active, incident, completed, terminated, cancelled'),
        record: z
          .string()
          .regex(/^[a-z_]+:.{1,100}$/, 'type:id, e.g. deal:42')
          .optional()
          .transform((v) => (v ? { type: v.slice(0, v.indexOf(':')), id: v.slice(v.indexOf(':') + 1) } : undefined)),
        assignee: z.coerce.number().int().positive().optional().describe('has an open task assigned to this user'),
        startedFrom: z.coerce.date().optional(),
        startedTo: z.coerce.date().optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
        cursor: z.string().max(500).optional(),
        ...formatParam,
      }),
      responses: { 200: { description: 'One page (with format=xlsx: every matching instance, up to 10 000, as a workbook)', schema: z.object({ items: z.array(summarySchema), nextCursor: z.string().nullable() }) } },
      async handle({ em, user, query, req, res }) {
        if (wantsXlsx(req, query.format)) {
          const all = await listInstances(em, user, { ...query, cursor: undefined, limit: 10_000, status: query.state, assigneeId: query.assignee });
          return sendWorkbook(res, 'process-instances', instanceSheets(all.items, await instanceNames(em, user, all.items), labelsFor(req, user)));
        }
        const page = await listInstances(em, user, { ...query, status: query.state, assigneeId: query.assignee });
        const names = await instanceNames(em, user, page.items);
        const items = page.items.map((i) => ({
          ...presentSummary(i),
          currentStepNames: i.currentNodes.map((n) => names.step(i.definitionKey, i.versionNumber, n)),
          recordName: names.record(recordOf(i)),
        }));
        return { body: { items, nextCursor: page.nextCursor } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/process-instances/:workflowId/history',
      summary: 'The event log of an instance (every step, oldest first) and its open tasks',
      tags: ['processes'],
      access: 'user',
      params: workflowParams,
      responses: {
        200: { description: 'History', schema: z.object({ openTasks: z.array(taskSchema), events: z.array(eventSchema) }) },
        404: { description: 'No such instance, or not yours to see' },
      },
      async handle({ em, user, params }) {
        await visibleInstance(em, params.workflowId, user);
        const { openTasks, history } = await instanceDetails(em, params.workflowId);
        return { body: { openTasks: openTasks.map(presentTask), events: history.map(presentEvent) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/process-instances/:workflowId/variables',
      summary: 'The variables of an instance (live while it runs); `names=a,b` picks some',
      tags: ['processes'],
      access: 'user',
      params: workflowParams,
      query: z.object({ names: z.string().max(2000).optional() }),
      responses: { 200: { description: 'Variables by name', schema: z.object({ variables: z.record(z.string(), z.unknown()) }) }, 404: { description: 'No such instance, or not yours to see' } },
      async handle({ em, params, query, user }) {
        const instance = await visibleInstance(em, params.workflowId, user);
        const live = instance.status === 'active' || instance.status === 'incident'
          ? await ctx.temporal.client.workflow.getHandle(params.workflowId).query(stateQuery).catch(() => null)
          : null;
        const names = query.names?.split(',').map((n) => n.trim()).filter(Boolean);
        return { body: { variables: pickVariables(live?.variables ?? instance.variables, names) } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/process-instances/:workflowId/cancel',
      summary: 'Cancel a running instance with a reason: open tasks leave the inboxes, running steps stop',
      tags: ['processes'],
      access: { roles: ['admin', 'process_owner'] },
      params: workflowParams,
      body: z.strictObject({ reason: z.string().trim().min(1).max(1000) }),
      responses: {
        202: { description: 'Cancellation requested; the instance ends as cancelled within moments' },
        404: { description: 'No such instance' },
        409: { description: 'The instance has ended already' },
      },
      async handle({ em, user, params, body }) {
        assertCancellable(await visibleInstance(em, params.workflowId, user));
        await ctx.temporal.client.workflow.getHandle(params.workflowId).signal(cancelInstanceSignal, { reason: body.reason, actorId: user.id });
        return { status: 202 };
      },
    }),
  ];
}
