import type { EntityManager } from '@mikro-orm/postgresql';
import { tasksQuery, type Actor, type Task } from '../processes/index.ts';
import type { InboxFilter, InboxItem } from './inbox.types.ts';

type TaskView = 'mine' | 'claimable' | 'delegated';

/** The task views an inbox view is made of: "overdue" is my tasks and my groups' that are late. */
const taskViews = (view: InboxFilter['view']): TaskView[] => (view === 'overdue' ? ['mine', 'claimable'] : [view]);

// A task belongs to a client through its record: the client itself, a deal of the client, or a
// `counterpartyId` process variable.
const clientCondition = `(
  (t.record_type in ('client', 'counterparty') and t.record_id = ?)
  or (t.record_type = 'deal' and t.record_id in (select d.id::text from deal d where d.counterparty_id = ?))
  or t.input->>'counterpartyId' = ?)`;

function query(em: EntityManager, actor: Actor, view: TaskView, filter: Omit<InboxFilter, 'view' | 'sort' | 'limit'>, overdueOnly: boolean) {
  const qb = tasksQuery(em, actor, view);
  if (filter.processKey) qb.andWhere({ definitionKey: filter.processKey });
  if (filter.counterpartyId) qb.andWhere(clientCondition, [String(filter.counterpartyId), filter.counterpartyId, String(filter.counterpartyId)]);
  if (overdueOnly) qb.andWhere('t.due_at < now()');
  return qb;
}

/** The actor's open tasks of an inbox view, soonest due first (at most `limit`). */
export async function taskRows(em: EntityManager, actor: Actor, filter: InboxFilter): Promise<Task[]> {
  const overdue = filter.view === 'overdue';
  const lists = await Promise.all(
    taskViews(filter.view).map((v) =>
      query(em, actor, v, filter, overdue).orderBy([{ dueAt: 'asc nulls last' }, { priority: 'desc' }, { createdAt: 'asc' }]).limit(filter.limit).getResult(),
    ),
  );
  const seen = new Set<string>();
  return lists.flat().filter((t) => !seen.has(t.id) && seen.add(t.id));
}

export async function countTasks(em: EntityManager, actor: Actor, filter: Omit<InboxFilter, 'sort' | 'limit'>): Promise<number> {
  const overdue = filter.view === 'overdue';
  const counts = await Promise.all(taskViews(filter.view).map((v) => query(em, actor, v, filter, overdue).getCount()));
  return counts.reduce((a, b) => a + b, 0);
}

const number = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : null);

/** The client and deal a task is about (ids only; names are filled in for the whole page). */
export function taskLinks(t: Task): { clientId: number | null; dealId: number | null } {
  if (t.recordType === 'client' || t.recordType === 'counterparty') return { clientId: number(t.recordId), dealId: null };
  if (t.recordType === 'deal') return { clientId: number(t.input.counterpartyId), dealId: number(t.recordId) };
  return { clientId: number(t.input.counterpartyId), dealId: null };
}

export function taskItem(t: Task, actor: Actor, now: Date): InboxItem {
  const detail = t.delegatedBy === actor.id && t.assigneeId !== actor.id ? 'delegated' : t.assigneeId === null ? 'claimable' : 'assigned';
  return {
    kind: 'task',
    id: t.id,
    title: t.name,
    due: t.dueAt ?? null,
    overdue: !!t.dueAt && t.dueAt.getTime() < now.getTime(),
    priority: t.priority,
    detail,
    assigneeId: t.assigneeId ?? null,
    process: { key: t.definitionKey, name: t.definitionKey, version: t.versionNumber, workflowId: t.workflowId, nodeId: t.nodeId },
    client: null,
    deal: null,
  };
}
