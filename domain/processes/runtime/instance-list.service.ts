import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../errors.ts';
import { ProcessEventSchema, type ProcessEvent } from './process-event.entity.ts';
import { ProcessInstanceSchema, type InstanceStatus, type ProcessInstance } from './process-instance.entity.ts';
import { TaskSchema, type Task } from './task.entity.ts';
import type { Actor } from './tasks.service.ts';

export interface InstanceQuery {
  key?: string;
  version?: number;
  status?: InstanceStatus[];
  record?: { type: string; id: string };
  /** Instances with an open task assigned to this user. */
  assigneeId?: number;
  startedFrom?: Date;
  startedTo?: Date;
  limit: number;
  cursor?: string;
}

const overseers = ['admin', 'process_owner', 'analyst'];
export const seesEveryInstance = (actor: Actor) => actor.roles.some((r) => overseers.includes(r));

/**
 * Instances newest first, one page at a time. Process owners, analysts and admins list all;
 * anyone else the instances they started or hold, held or delegated a task in — the same
 * rule as opening one instance, applied in the query.
 */
export async function listInstances(em: EntityManager, actor: Actor, q: InstanceQuery): Promise<{ items: ProcessInstance[]; nextCursor: string | null }> {
  const qb = em.createQueryBuilder(ProcessInstanceSchema, 'i');
  if (!seesEveryInstance(actor)) {
    qb.andWhere(
      `(i.started_by = ? or exists (select 1 from task t where t.workflow_id = i.workflow_id and (t.assignee_id = ? or t.delegated_by = ? or t.completed_by = ?)))`,
      [actor.id, actor.id, actor.id, actor.id],
    );
  }
  if (q.key) qb.andWhere({ definitionKey: q.key });
  if (q.version) qb.andWhere({ versionNumber: q.version });
  if (q.status?.length) qb.andWhere({ status: { $in: q.status } });
  if (q.record) qb.andWhere({ recordType: q.record.type, recordId: q.record.id });
  if (q.assigneeId) qb.andWhere(`exists (select 1 from task t where t.workflow_id = i.workflow_id and t.status = 'open' and t.assignee_id = ?)`, [q.assigneeId]);
  if (q.startedFrom) qb.andWhere({ startedAt: { $gte: q.startedFrom } });
  if (q.startedTo) qb.andWhere({ startedAt: { $lt: q.startedTo } });
  if (q.cursor) {
    const [at, id] = decodeCursor(q.cursor);
    qb.andWhere('(i.started_at, i.workflow_id) < (?, ?)', [at, id]);
  }
  const rows = await qb.orderBy([{ startedAt: 'desc' }, { workflowId: 'desc' }]).limit(q.limit + 1).getResult();
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > q.limit && last ? encodeCursor(last.startedAt.toISOString(), last.workflowId) : null };
}

/** Open tasks and the event log of one instance, oldest first. */
export async function instanceDetails(em: EntityManager, workflowId: string): Promise<{ openTasks: Task[]; history: ProcessEvent[] }> {
  const [openTasks, history] = await Promise.all([
    em.find(TaskSchema, { workflowId, status: 'open' }, { orderBy: { createdAt: 'asc' } }),
    em.find(ProcessEventSchema, { workflowId }, { orderBy: { id: 'asc' } }),
  ]);
  return { openTasks, history };
}

/** Only a running instance can be cancelled; a second cancel is a clear 409. */
export function assertCancellable(instance: ProcessInstance): void {
  if (instance.status === 'active' || instance.status === 'incident') return;
  throw new DomainError('process.instance_ended', `The instance is ${instance.status} already`, 409);
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) return value as [string, string];
  } catch {
    // refused below
  }
  throw new DomainError('bad_cursor', 'The cursor is not one this API gave out', 400, ['query.cursor']);
}

const encodeCursor = (at: string, id: string) => Buffer.from(JSON.stringify([at, id])).toString('base64url');
