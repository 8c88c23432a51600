import { ApplicationFailure, Context } from '@temporalio/activity';
import type { MikroORM } from '@mikro-orm/postgresql';
import { UserSchema } from '../domain/access/index.ts';
import {
  appendEvents,
  TaskSchema,
  upsertInstance,
  type InstanceStatus,
  type NewProcessEvent,
} from '../domain/processes/index.ts';
import { createConnectors } from './connectors.ts';

export interface InstanceRef {
  workflowId: string;
  definitionKey: string;
  versionNumber: number;
}

export interface ProjectionUpdate extends InstanceRef {
  events: StepEvent[];
  currentNodes: string[];
  stage: string | null;
  status: InstanceStatus;
  variables: Record<string, unknown>;
  endedAt?: string;
}

export interface StepEvent {
  dedupeKey: string;
  type: NewProcessEvent['type'];
  nodeId?: string;
  nodeType?: string;
  tokenId?: string;
  taskId?: string;
  actorId?: number;
  data?: Record<string, unknown>;
  occurredAt: string;
}

export interface NewTask extends InstanceRef {
  taskId: string;
  nodeId: string;
  name: string;
  assignee: string | null;
  candidateUsers: string[];
  candidateGroups: string[];
  priority: number;
  dueAt: string | null;
  followUpAt: string | null;
  form: Record<string, unknown> | null;
  input: Record<string, unknown>;
  record: { type: string; id: string } | null;
  createdAt: string;
}

export function createProcessActivities({ orm }: { orm: MikroORM }) {
  const connectors = createConnectors();

  /** Resolves users named in a model (id or e-mail) to ids; unknown names are dropped. */
  async function userIds(names: string[]): Promise<number[]> {
    if (!names.length) return [];
    const em = orm.em.fork();
    const numeric = names.filter((n) => /^\d+$/.test(n)).map(Number);
    const emails = names.filter((n) => n.includes('@')).map((n) => n.toLowerCase());
    const users = await em.find(UserSchema, { $or: [{ id: { $in: numeric } }, { email: { $in: emails } }] });
    return users.map((u) => u.id);
  }

  return {
    /** Upserts the instance row and appends the step events (idempotent by dedupe key). */
    async recordProgress(update: ProjectionUpdate & { record?: { type: string; id: string } | null; startedBy?: number | null; startedAt?: string }): Promise<void> {
      const em = orm.em.fork();
      await em.transactional(async (tx) => {
        await upsertInstance(
          tx,
          {
            workflowId: update.workflowId,
            definitionKey: update.definitionKey,
            versionNumber: update.versionNumber,
            record: update.record ?? null,
            startedBy: update.startedBy ?? null,
            startedAt: new Date(update.startedAt ?? Date.now()),
            status: update.status,
            currentNodes: update.currentNodes,
            stage: update.stage,
            variables: update.variables,
            endedAt: update.endedAt ? new Date(update.endedAt) : null,
          },
          'progress',
        );
        await appendEvents(
          tx,
          update.events.map((e) => ({ ...e, workflowId: update.workflowId, definitionKey: update.definitionKey, versionNumber: update.versionNumber, occurredAt: new Date(e.occurredAt) })),
        );
      });
    },

    /** Puts a task in the inbox; a retry finds the row by its id and changes nothing. */
    async createTask(task: NewTask): Promise<{ assigneeId: number | null }> {
      const em = orm.em.fork();
      const [assigneeId] = task.assignee ? await userIds([task.assignee]) : [];
      await em
        .createQueryBuilder(TaskSchema)
        .insert({
          id: task.taskId,
          workflowId: task.workflowId,
          definitionKey: task.definitionKey,
          versionNumber: task.versionNumber,
          nodeId: task.nodeId,
          name: task.name,
          status: 'open',
          assigneeId: assigneeId ?? null,
          candidateUsers: await userIds(task.candidateUsers),
          candidateGroups: task.candidateGroups,
          delegatedBy: null,
          priority: task.priority,
          dueAt: task.dueAt ? new Date(task.dueAt) : null,
          followUpAt: task.followUpAt ? new Date(task.followUpAt) : null,
          form: task.form,
          input: task.input,
          result: null,
          recordType: task.record?.type ?? null,
          recordId: task.record?.id ?? null,
          createdAt: new Date(task.createdAt),
          claimedAt: null,
          completedAt: null,
          completedBy: null,
          version: 1,
        })
        .onConflict('id')
        .ignore()
        .execute('run');
      return { assigneeId: assigneeId ?? null };
    },

    async closeTask(change: { taskId: string; status: 'completed' | 'cancelled'; actorId?: number; result?: Record<string, unknown>; at: string }): Promise<void> {
      const em = orm.em.fork();
      await em.nativeUpdate(
        TaskSchema,
        { id: change.taskId, status: 'open' },
        { status: change.status, completedAt: new Date(change.at), completedBy: change.actorId ?? null, result: change.result ?? null },
      );
    },

    /** Runs the connector named by a service task's type. */
    async runServiceTask(call: { type: string; headers: Record<string, string>; input: Record<string, unknown>; idempotencyKey: string }) {
      const connector = connectors[call.type];
      if (!connector) throw ApplicationFailure.nonRetryable(`No connector for task type "${call.type}"`, 'connector.unknown');
      // Heartbeats let Temporal hand the call to another worker soon after this one dies.
      const context = Context.current();
      context.heartbeat();
      const beat = setInterval(() => context.heartbeat(), 2_000);
      try {
        return await connector(call);
      } finally {
        clearInterval(beat);
      }
    },
  };
}

export type ProcessActivities = ReturnType<typeof createProcessActivities>;
