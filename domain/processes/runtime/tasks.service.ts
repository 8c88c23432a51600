import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../errors.ts';
import { appendEvents } from './events.ts';
import { TaskSchema, type Task, type TaskStatus } from './task.entity.ts';

/** Who is acting on a task: their id and role codes (candidate groups are role codes). */
export interface Actor {
  id: number;
  roles: string[];
}

const isAdmin = (actor: Actor) => actor.roles.includes('admin');

export function isCandidate(task: Task, actor: Actor): boolean {
  return task.candidateUsers.includes(actor.id) || task.candidateGroups.some((g) => actor.roles.includes(g));
}

/** May see the task: assignee, a candidate, who delegated it, or an admin. */
export function canSee(task: Task, actor: Actor): boolean {
  return isAdmin(actor) || task.assigneeId === actor.id || task.delegatedBy === actor.id || isCandidate(task, actor);
}

/** Loads a task the actor may see; others get the same 404 as a missing one (no existence leak). */
export async function visibleTask(em: EntityManager, taskId: string, actor: Actor): Promise<Task> {
  const task = await em.findOne(TaskSchema, { id: taskId });
  if (!task || !canSee(task, actor)) throw new DomainError('task.not_found', 'No such task', 404);
  return task;
}

function assertOpen(task: Task): void {
  if (task.status !== 'open') throw new DomainError('task.not_open', `The task is ${task.status}`, 409);
}

function assertVersion(task: Task, expected?: number): void {
  if (expected !== undefined && task.version !== expected) {
    throw new DomainError('conflict.stale_version', 'The task was changed by someone else; reload it', 412);
  }
}

async function logTaskEvent(em: EntityManager, task: Task, type: 'task_claimed' | 'task_unclaimed' | 'task_delegated', actor: Actor, data: Record<string, unknown>) {
  await appendEvents(em, [{
    dedupeKey: `${task.id}:${type}:${task.version}`,
    workflowId: task.workflowId,
    definitionKey: task.definitionKey,
    versionNumber: task.versionNumber,
    type,
    nodeId: task.nodeId,
    nodeType: 'userTask',
    taskId: task.id,
    actorId: actor.id,
    data,
    occurredAt: new Date(),
  }]);
}

export async function claimTask(em: EntityManager, taskId: string, actor: Actor, expected?: number): Promise<Task> {
  const task = await visibleTask(em, taskId, actor);
  assertOpen(task);
  assertVersion(task, expected);
  if (task.assigneeId === actor.id) return task;
  if (task.assigneeId !== null) throw new DomainError('task.already_claimed', 'Someone else has claimed this task', 409);
  if (!isCandidate(task, actor) && !isAdmin(actor)) throw new DomainError('task.not_candidate', 'You are not a candidate for this task', 403);
  task.assigneeId = actor.id;
  task.claimedAt = new Date();
  await em.flush();
  await logTaskEvent(em, task, 'task_claimed', actor, {});
  return task;
}

export async function unclaimTask(em: EntityManager, taskId: string, actor: Actor, expected?: number): Promise<Task> {
  const task = await visibleTask(em, taskId, actor);
  assertOpen(task);
  assertVersion(task, expected);
  if (task.assigneeId !== actor.id && !isAdmin(actor)) throw new DomainError('task.not_assignee', 'Only the assignee can hand the task back', 403);
  task.assigneeId = null;
  task.claimedAt = null;
  await em.flush();
  await logTaskEvent(em, task, 'task_unclaimed', actor, {});
  return task;
}

export async function delegateTask(em: EntityManager, taskId: string, actor: Actor, toUserId: number, expected?: number): Promise<Task> {
  const task = await visibleTask(em, taskId, actor);
  assertOpen(task);
  assertVersion(task, expected);
  if (task.assigneeId !== actor.id && !isAdmin(actor)) throw new DomainError('task.not_assignee', 'Only the assignee can delegate the task', 403);
  const from = task.assigneeId;
  task.assigneeId = toUserId;
  task.delegatedBy = actor.id;
  await em.flush();
  await logTaskEvent(em, task, 'task_delegated', actor, { from, to: toUserId });
  return task;
}

export type InboxView = 'mine' | 'claimable' | 'delegated' | 'all';

export interface InboxQuery {
  view: InboxView;
  status: 'open' | 'completed' | 'cancelled';
  limit: number;
}

/**
 * The tasks an actor may see, filtered in the database: a manager's list never carries
 * rows they may not see. Ordered by what is due first, then priority.
 */
export async function listTasks(em: EntityManager, actor: Actor, query: InboxQuery): Promise<Task[]> {
  return tasksQuery(em, actor, query.view, query.status).orderBy([{ dueAt: 'asc nulls last' }, { priority: 'desc' }, { createdAt: 'asc' }]).limit(query.limit).getResult();
}

/** The query behind every task list (the inbox adds its filters, order and counts to it). */
export function tasksQuery(em: EntityManager, actor: Actor, view: InboxView, status: TaskStatus = 'open') {
  const qb = em.createQueryBuilder(TaskSchema, 't').select('*').where({ status });
  // Both lists are jsonb; parameters go in as JSON text (the driver would not send a text[]).
  const candidate = 't.candidate_users @> ?::jsonb or jsonb_exists_any(t.candidate_groups, array(select jsonb_array_elements_text(?::jsonb)))';
  const candidateParams = [JSON.stringify([actor.id]), JSON.stringify(actor.roles)];
  if (view === 'mine') qb.andWhere({ assigneeId: actor.id });
  else if (view === 'delegated') qb.andWhere({ delegatedBy: actor.id });
  else if (view === 'claimable') qb.andWhere({ assigneeId: null }).andWhere(`(${candidate})`, candidateParams);
  else if (!isAdmin(actor)) {
    qb.andWhere(`(t.assignee_id = ? or t.delegated_by = ? or ${candidate})`, [actor.id, actor.id, ...candidateParams]);
  }
  return qb;
}
