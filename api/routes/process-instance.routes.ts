import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { instanceHistory, openTasksOf, ProcessInstanceSchema, versionToStart, visibleInstance, type CompiledProcess } from '../../domain/processes/index.ts';
import { messageSignal, retryIncidentSignal, stateQuery } from '../../workflows/names.ts';
import type { ApiContext } from '../context.ts';
import { fieldProblem, Problem } from '../problem.ts';
import { missingRequiredFields } from '../../workflows/process/forms.ts';
import { defineRoute } from '../route.ts';
import { recordVariables } from '../processes/record-variables.ts';
import { startInstance } from '../processes/start-instance.ts';
import { loadAccess, UserSchema } from '../../domain/access/index.ts';
import { checkStartRecord, reachableRecordNames } from '../../domain/sales/index.ts';

const recordTypes = ['deal', 'claim', 'service_request', 'campaign', 'client'] as const;

const instanceSchema = z
  .object({
    workflowId: z.string(),
    definitionKey: z.string(),
    versionNumber: z.number().int(),
    status: z.string(),
    currentNodes: z.array(z.string()),
    stage: z.string().nullable(),
    variables: z.record(z.string(), z.unknown()),
    record: z.object({ type: z.string(), id: z.string() }).nullable(),
    recordName: z.string().nullable().meta({ description: 'The client’s name or the deal’s title; null when the record is out of your reach' }),
    incidents: z.array(z.object({ id: z.string(), nodeId: z.string(), message: z.string() })).optional(),
    startedBy: z.number().int().nullable(),
    startedAt: z.iso.datetime(),
    endedAt: z.iso.datetime().nullable(),
    openTasks: z.array(z.object({ id: z.string(), nodeId: z.string(), name: z.string(), assigneeId: z.number().int().nullable(), assigneeName: z.string().nullable(), candidateGroups: z.array(z.string()), dueAt: z.iso.datetime().nullable() })),
    history: z.array(
      z.object({
        type: z.string(),
        nodeId: z.string().nullable(),
        taskId: z.string().nullable(),
        actorId: z.number().int().nullable(),
        data: z.record(z.string(), z.unknown()).nullable(),
        occurredAt: z.iso.datetime(),
      }),
    ),
    /** The instance whose call activity started this one. */
    parentWorkflowId: z.string().nullable(),
    /** Instances its call activities started, with their status (an incident there shows here). */
    children: z.array(z.object({ workflowId: z.string(), definitionKey: z.string(), versionNumber: z.number().int(), status: z.string() })),
  })
  .meta({ id: 'ProcessInstance' });

const workflowParams = z.object({ workflowId: z.string().min(1).max(200) });

/** The form-js schema of a version's none start event, when it has one. */
export function startFormOf(graph: CompiledProcess): Record<string, unknown> | null {
  const start = graph.startEvents.none ? graph.nodes[graph.startEvents.none] : undefined;
  const schema = start?.type === 'startEvent' ? start.form?.schema : undefined;
  if (!schema) return null;
  try {
    return JSON.parse(schema) as Record<string, unknown>;
  } catch {
    return null;
  }
}

export function processInstanceRoutes(ctx: ApiContext) {
  // Read when a request comes, not when routes are listed (the OpenAPI document needs no server).
  const client = () => ctx.temporal.client;
  return [
    defineRoute({
      method: 'get',
      path: '/process-definitions/:key/start-form',
      summary: 'What a person starting the process fills in: the form-js schema of its active version’s start event (null: none)',
      tags: ['processes'],
      access: 'user',
      params: z.object({ key: z.string().min(1).max(64) }),
      responses: { 200: { description: 'The start form', schema: z.object({ version: z.number().int(), schema: z.record(z.string(), z.unknown()).nullable() }) }, 422: { description: 'Unknown process, or none active' } },
      async handle({ em, params }) {
        const version = await versionToStart(em, params.key);
        return { body: { version: version.number, schema: startFormOf(version.graph) } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/process-instances',
      summary: 'Start a process for a business record (Idempotency-Key makes a retry return the same instance)',
      tags: ['processes'],
      access: 'user',
      body: z.strictObject({
        key: z.string().min(1),
        version: z.number().int().positive().optional(),
        variables: z.record(z.string(), z.unknown()).default({}),
        record: z.strictObject({ type: z.enum(recordTypes), id: z.string().min(1).max(100) }).optional(),
      }),
      responses: {
        201: { description: 'Started', schema: z.object({ workflowId: z.string(), key: z.string(), version: z.number().int() }) },
        403: { description: 'Your roles may not work on clients and deals (a record of that type is attached)' },
        404: { description: 'The client is not within your reach' },
        422: { description: 'Unknown process or version, or invalid input; a start form’s fields each named under body.variables' },
      },
      async handle({ em, body, user, req }) {
        await checkStartRecord(em, user, body.record ?? null);
        const version = await versionToStart(em, body.key, body.version);
        // The start form is checked by the rules the browser checks too, so a bad value starts nothing.
        const faults = missingRequiredFields(startFormOf(version.graph), body.variables);
        if (faults.length) {
          throw new Problem(422, 'process.invalid_start_fields', 'Some fields of the start form are invalid', faults.map((f) => f.message).join('; '), faults.map((f) => fieldProblem(['body', 'variables', f.field], f.message, f.code)));
        }
        const key = req.get('Idempotency-Key');
        const workflowId = key ? `process-${body.key}-${user.id}-${key}` : `process-${body.key}-${randomUUID()}`;
        const variables = { ...recordVariables(body.record ?? null, user.id), ...body.variables };
        await startInstance(ctx, em, { workflowId, version, variables, record: body.record ?? null, startedBy: user.id });
        return { status: 201, body: { workflowId, key: body.key, version: version.number }, headers: { location: `/api/v1/process-instances/${workflowId}` } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/process-instances/:workflowId',
      summary: 'An instance: where its tokens are, open tasks, variables, open incidents and its history (event log)',
      tags: ['processes'],
      access: 'user',
      params: workflowParams,
      responses: { 200: { description: 'The instance', schema: instanceSchema }, 404: { description: 'No such instance, or not yours to see' } },
      async handle({ em, params, user }) {
        const instance = await visibleInstance(em, params.workflowId, user);
        const record = instance.recordType ? { type: instance.recordType, id: instance.recordId! } : null;
        const openTasks = await openTasksOf(em, instance.workflowId);
        // Colleagues' names are no secret in the company; a client or deal is named only within reach.
        const [recordName, assignees] = await Promise.all([
          reachableRecordNames(em, await loadAccess(em, user), [record]).then((name) => name(record)),
          em.find(UserSchema, { id: { $in: openTasks.flatMap((t) => (t.assigneeId ? [t.assigneeId] : [])) } }, { fields: ['id', 'displayName'] }),
        ]);
        const live = instance.status === 'active' || instance.status === 'incident'
          ? await client().workflow.getHandle(params.workflowId).query(stateQuery).catch(() => null)
          : null;
        return {
          body: {
            workflowId: instance.workflowId,
            definitionKey: instance.definitionKey,
            versionNumber: instance.versionNumber,
            status: live?.status ?? instance.status,
            currentNodes: live ? [...new Set(live.tokens.map((t) => t.nodeId))] : instance.currentNodes,
            stage: instance.stage,
            variables: live?.variables ?? instance.variables,
            record,
            recordName,
            incidents: live?.incidents ?? [],
            startedBy: instance.startedBy,
            startedAt: instance.startedAt.toISOString(),
            endedAt: instance.endedAt?.toISOString() ?? null,
            openTasks: openTasks.map((t) => ({
              id: t.id, nodeId: t.nodeId, name: t.name, assigneeId: t.assigneeId,
              assigneeName: assignees.find((u) => u.id === t.assigneeId)?.displayName ?? null, candidateGroups: t.candidateGroups, dueAt: t.dueAt?.toISOString() ?? null,
            })),
            history: (await instanceHistory(em, instance.workflowId)).map((e) => ({
              type: e.type, nodeId: e.nodeId, taskId: e.taskId, actorId: e.actorId, data: e.data, occurredAt: e.occurredAt.toISOString(),
            })),
            parentWorkflowId: instance.parentWorkflowId ?? null,
            children: (await em.find(ProcessInstanceSchema, { parentWorkflowId: instance.workflowId }, { orderBy: { startedAt: 'asc' } })).map((c) => ({
              workflowId: c.workflowId,
              definitionKey: c.definitionKey,
              versionNumber: c.versionNumber,
              status: c.status,
            })),
          },
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/process-instances/:workflowId/messages',
      summary: 'Deliver a message (name + correlation key) to a running instance',
      tags: ['processes'],
      access: 'user',
      params: workflowParams,
      body: z.strictObject({ name: z.string().min(1), correlationKey: z.string().optional(), variables: z.record(z.string(), z.unknown()).optional() }),
      responses: { 202: { description: 'Delivered' }, 404: { description: 'No such instance' } },
      async handle({ em, params, body, user }) {
        await visibleInstance(em, params.workflowId, user);
        await client().workflow.getHandle(params.workflowId).signal(messageSignal, body);
        return { status: 202 };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/process-instances/:workflowId/incidents/:incidentId/retry',
      summary: 'Retry the failed step of an incident after fixing its cause',
      tags: ['processes'],
      access: { roles: ['admin', 'process_owner'] },
      params: workflowParams.extend({ incidentId: z.string().min(1) }),
      responses: { 202: { description: 'Retry requested' }, 404: { description: 'No such incident' } },
      async handle({ em, params }) {
        if (!(await em.count(ProcessInstanceSchema, { workflowId: params.workflowId }))) throw new Problem(404, 'not_found', 'No such process instance');
        const state = await client().workflow.getHandle(params.workflowId).query(stateQuery);
        if (!state.incidents.some((i) => i.id === params.incidentId)) throw new Problem(404, 'not_found', 'No such open incident');
        await client().workflow.getHandle(params.workflowId).signal(retryIncidentSignal, { incidentId: params.incidentId });
        return { status: 202 };
      },
    }),
  ];
}
