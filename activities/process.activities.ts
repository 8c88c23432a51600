import { ApplicationFailure, Context } from '@temporalio/activity';
import type { MikroORM } from '@mikro-orm/postgresql';
import { UserSchema } from '../domain/access/index.ts';
import {
  appendEvents,
  chooseAssignee,
  inboxRooms,
  type InboxChange,
  TaskSchema,
  upsertInstance,
  type InstanceStatus,
  type NewProcessEvent,
} from '../domain/processes/index.ts';
import { resolveCalledProcess, type CallBinding } from './called-process.ts';
import { createConnectors } from './connectors.ts';
import type { DeliveryDeps } from './delivery/notify-users.ts';

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
  parentWorkflowId?: string;
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
  /** How a group task gets its assignee (crm:assignmentRule); absent = to claim. */
  assignmentRule?: 'claim' | 'roundRobin' | 'leastLoaded';
  priority: number;
  dueAt: string | null;
  followUpAt: string | null;
  form: Record<string, unknown> | null;
  input: Record<string, unknown>;
  record: { type: string; id: string } | null;
  createdAt: string;
  /** The "task created" step, logged with the task so the history shows it at once. */
  event?: StepEvent;
}

function newTaskRow(task: NewTask, assigneeId: number | null, candidateUsers: number[]) {
  return {
    id: task.taskId,
    workflowId: task.workflowId,
    definitionKey: task.definitionKey,
    versionNumber: task.versionNumber,
    nodeId: task.nodeId,
    name: task.name,
    status: 'open' as const,
    assigneeId,
    candidateUsers,
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
  };
}

export function createProcessActivities({ orm, delivery }: { orm: MikroORM; delivery: DeliveryDeps }) {
  const connectors = createConnectors({ orm, delivery });

  /** Resolves users named in a model (id or e-mail) to ids; unknown names are dropped. */
  async function userIds(names: string[]): Promise<number[]> {
    if (!names.length) return [];
    const em = orm.em.fork();
    const numeric = names.filter((n) => /^\d+$/.test(n)).map(Number);
    const emails = names.filter((n) => n.includes('@')).map((n) => n.toLowerCase());
    const users = await em.find(UserSchema, { $or: [{ id: { $in: numeric } }, { email: { $in: emails } }] });
    return users.map((u) => u.id);
  }

  /** Tells the inboxes that show the task to refresh; a lost push only delays a refresh. */
  async function pushInboxChange(taskId: string, reason: InboxChange) {
    const task = await orm.em.fork().findOne(TaskSchema, { id: taskId });
    if (!task) return;
    await delivery.live.toRooms(inboxRooms(task), 'inbox.changed', { taskId, reason }).catch((err: unknown) => console.warn(String(err)));
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
            parentWorkflowId: update.parentWorkflowId ?? null,
          },
          'progress',
        );
        await appendEvents(
          tx,
          update.events.map((e) => ({ ...e, workflowId: update.workflowId, definitionKey: update.definitionKey, versionNumber: update.versionNumber, occurredAt: new Date(e.occurredAt) })),
        );
      });
    },

    /** The version a call activity starts: see called-process.ts. */
    resolveCalledProcess: (call: { key: string; binding: CallBinding }) => resolveCalledProcess(orm.em.fork(), call.key, call.binding),

    /**
     * Puts a task in the inbox, assigned by the model's rule; a retry finds the row by its id
     * and changes nothing (the rule's turn is taken once, in the same transaction).
     */
    async createTask(task: NewTask): Promise<{ assigneeId: number | null }> {
      const [named] = task.assignee ? await userIds([task.assignee]) : [];
      const candidateUsers = await userIds(task.candidateUsers);
      const em = orm.em.fork();
      const row = await em.transactional(async (tx) => {
        const existing = await tx.findOne(TaskSchema, { id: task.taskId });
        if (existing) return existing;
        const byRule = named ? null : await chooseAssignee(tx, { rule: task.assignmentRule ?? 'claim', queueKey: `${task.definitionKey}:${task.nodeId}`, candidateGroups: task.candidateGroups, candidateUsers });
        const created = tx.create(TaskSchema, newTaskRow(task, named ?? byRule ?? null, candidateUsers));
        if (byRule) created.claimedAt = new Date(task.createdAt);
        await tx.flush();
        return created;
      });
      if (task.event) {
        const { workflowId, definitionKey, versionNumber } = task;
        await appendEvents(em, [{ ...task.event, workflowId, definitionKey, versionNumber, occurredAt: new Date(task.event.occurredAt) }]);
      }
      await pushInboxChange(task.taskId, 'created');
      return { assigneeId: row.assigneeId ?? null };
    },

    async closeTask(change: { taskId: string; status: 'completed' | 'cancelled'; actorId?: number; result?: Record<string, unknown>; at: string }): Promise<void> {
      const em = orm.em.fork();
      await em.nativeUpdate(
        TaskSchema,
        { id: change.taskId, status: 'open' },
        { status: change.status, completedAt: new Date(change.at), completedBy: change.actorId ?? null, result: change.result ?? null },
      );
      await pushInboxChange(change.taskId, change.status);
    },

    /** Runs the connector named by a service task's type. */
    async runServiceTask(call: { type: string; headers: Record<string, string>; input: Record<string, unknown>; idempotencyKey: string; at?: string }) {
      const connector = connectors[call.type];
      if (!connector) throw ApplicationFailure.nonRetryable(`No connector for task type "${call.type}"`, 'connector.unknown');
      // Heartbeats let Temporal hand the call to another worker soon after this one dies. The
      // heartbeat timeout counts from the start, so a call that ends within 2 s needs none: no
      // heartbeat at the start (each is a write on the server, five per five-step instance).
      // A local activity has no heartbeat: it lives and dies with its workflow task.
      const context = Context.current();
      const beat = context.info.isLocal ? undefined : setInterval(() => context.heartbeat(), 2_000);
      try {
        return await connector(call);
      } finally {
        clearInterval(beat);
      }
    },
  };
}

export type ProcessActivities = ReturnType<typeof createProcessActivities>;
