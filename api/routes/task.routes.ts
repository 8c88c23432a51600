import { WorkflowUpdateFailedError } from '@temporalio/client';
import { z } from 'zod';
import { claimTask, delegateTask, inboxRooms, listTasks, TaskSchema, taskStatuses, unclaimTask, visibleTask, type InboxChange, type Task } from '../../domain/processes/index.ts';
import { completeTaskUpdate } from '../../workflows/names.ts';
import type { ApiContext } from '../context.ts';
import { fieldProblem, Problem } from '../problem.ts';
import { defineRoute } from '../route.ts';

const taskSchema = z
  .object({
    id: z.string(),
    workflowId: z.string(),
    definitionKey: z.string(),
    versionNumber: z.number().int(),
    nodeId: z.string(),
    name: z.string(),
    status: z.enum(taskStatuses),
    assigneeId: z.number().int().nullable(),
    delegatedBy: z.number().int().nullable(),
    candidateGroups: z.array(z.string()),
    priority: z.number().int(),
    dueAt: z.iso.datetime().nullable(),
    form: z.record(z.string(), z.unknown()).nullable(),
    input: z.record(z.string(), z.unknown()),
    record: z.object({ type: z.string(), id: z.string() }).nullable(),
    createdAt: z.iso.datetime(),
    lockVersion: z.number().int(),
  })
  .meta({ id: 'Task' });

function present(t: Task) {
  return {
    id: t.id,
    workflowId: t.workflowId,
    definitionKey: t.definitionKey,
    versionNumber: t.versionNumber,
    nodeId: t.nodeId,
    name: t.name,
    status: t.status,
    assigneeId: t.assigneeId,
    delegatedBy: t.delegatedBy ?? null,
    candidateGroups: t.candidateGroups,
    priority: t.priority,
    dueAt: t.dueAt?.toISOString() ?? null,
    form: t.form,
    input: t.input,
    record: t.recordType ? { type: t.recordType, id: t.recordId! } : null,
    createdAt: t.createdAt.toISOString(),
    lockVersion: t.version,
  };
}

// Task ids contain a slash (`<workflowId>/t<n>`): clients send them URL-encoded.
const taskParams = z.object({ taskId: z.string().min(1).max(320) });
const ifMatch = (header?: string) => (header ? Number(/(\d+)/.exec(header)?.[1]) : undefined);

export function taskRoutes(ctx: ApiContext) {
  /** The task changed hands: every inbox that showed it, or shows it now, refreshes. */
  const changed = (task: Task, reason: InboxChange, previousAssignee: number | null | undefined) => {
    ctx.push?.(inboxRooms(task, [previousAssignee ?? null]), 'inbox.changed', { taskId: task.id, reason });
    return task;
  };
  const action = (name: 'claim' | 'unclaim', run: typeof claimTask) =>
    defineRoute({
      method: 'post',
      path: `/tasks/:taskId/${name}`,
      summary: name === 'claim' ? 'Take a task from the group queue' : 'Hand a task back to its group',
      tags: ['tasks'],
      access: 'user',
      params: taskParams,
      responses: { 200: { description: 'The task', schema: taskSchema }, 403: { description: 'Not allowed' }, 409: { description: 'Taken or closed' } },
      async handle({ em, params, user, req }) {
        const before = (await visibleTask(em, params.taskId, user)).assigneeId;
        const task = await run(em, params.taskId, user, ifMatch(req.get('if-match')));
        return { body: present(changed(task, name === 'claim' ? 'claimed' : 'unclaimed', before)) };
      },
    });

  return [
    defineRoute({
      method: 'get',
      path: '/tasks',
      summary: 'My work: tasks assigned to me, to claim, delegated, or all I may see (ordered by due date)',
      tags: ['tasks'],
      access: 'user',
      query: z.object({
        view: z.enum(['mine', 'claimable', 'delegated', 'all']).default('all'),
        status: z.enum(['open', 'completed', 'cancelled']).default('open'),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      }),
      responses: { 200: { description: 'Tasks', schema: z.object({ items: z.array(taskSchema) }) } },
      async handle({ em, query, user }) {
        return { body: { items: (await listTasks(em, user, query)).map(present) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/tasks/:taskId',
      summary: 'One task',
      tags: ['tasks'],
      access: 'user',
      params: taskParams,
      responses: { 200: { description: 'The task', schema: taskSchema }, 404: { description: 'No such task, or not yours to see' } },
      async handle({ em, params, user }) {
        return { body: present(await visibleTask(em, params.taskId, user)) };
      },
    }),
    action('claim', claimTask),
    action('unclaim', unclaimTask),
    defineRoute({
      method: 'post',
      path: '/tasks/:taskId/delegate',
      summary: 'Give a task to another user',
      tags: ['tasks'],
      access: 'user',
      params: taskParams,
      body: z.strictObject({ userId: z.number().int().positive() }),
      responses: { 200: { description: 'The task', schema: taskSchema }, 403: { description: 'Only the assignee delegates' } },
      async handle({ em, params, body, user, req }) {
        const before = (await visibleTask(em, params.taskId, user)).assigneeId;
        const task = await delegateTask(em, params.taskId, user, body.userId, ifMatch(req.get('if-match')));
        return { body: present(changed(task, 'delegated', before)) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/tasks/:taskId/complete',
      summary: 'Complete a task; the process validates the fields and answers at once',
      tags: ['tasks'],
      access: 'user',
      params: taskParams,
      body: z.strictObject({ variables: z.record(z.string(), z.unknown()).default({}) }),
      responses: {
        200: { description: 'Completed', schema: z.object({ taskId: z.string(), completedAt: z.iso.datetime() }) },
        403: { description: 'Not your task' },
        409: { description: 'Already completed' },
        422: { description: 'Invalid fields, each named under body.variables' },
      },
      async handle({ em, params, body, user }) {
        let task = await visibleTask(em, params.taskId, user);
        if (task.status !== 'open') throw new Problem(409, 'task.not_open', `The task is ${task.status}`);
        if (task.assigneeId === null) task = await claimTask(em, task.id, user);
        if (task.assigneeId !== user.id && !user.roles.includes('admin')) throw new Problem(403, 'task.not_assignee', 'The task is assigned to someone else');
        try {
          const answer = await ctx.temporal.client.workflow
            .getHandle(task.workflowId)
            .executeUpdate(completeTaskUpdate, { args: [{ taskId: task.id, actorId: user.id, variables: body.variables }] });
          // The inbox drops the task at once; the workflow's activity writes the same later.
          await em.nativeUpdate(TaskSchema, { id: task.id, status: 'open' }, { status: 'completed', completedAt: new Date(answer.completedAt), completedBy: user.id, result: body.variables });
          return { body: answer };
        } catch (err) {
          throw updateProblem(err);
        }
      },
    }),
  ];
}

function updateProblem(err: unknown): unknown {
  if (!(err instanceof WorkflowUpdateFailedError)) return err;
  const cause = err.cause as { type?: string; message?: string; details?: unknown[] } | undefined;
  if (cause?.type === 'task.invalid_fields') {
    // Older workers sent no code: every fault was then a missing required field.
    const fields = (cause.details ?? []) as { field: string; message: string; code?: string }[];
    return new Problem(422, 'task.invalid_fields', 'Some fields are invalid', cause.message, fields.map((f) => fieldProblem(['body', 'variables', f.field], f.message, f.code ?? 'required')));
  }
  if (cause?.type === 'task.not_open') return new Problem(409, 'task.not_open', cause.message ?? 'The task is not open');
  return err;
}
