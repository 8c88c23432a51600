import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../../access/index.ts';
import { ProcessInstanceSchema, TaskSchema } from '../../processes/index.ts';
import { historyOf } from '../history/history.service.ts';
import { changeEntries } from './change-entries.ts';
import { registerTimelineSource, type TimelineEntry } from './timeline.ts';

/** Record types under which processes and tasks point at a client (the `record` of an instance). */
export const clientRecordTypes = ['counterparty', 'client'];

async function changes(em: EntityManager, access: Access, counterpartyId: number, limit: number): Promise<TimelineEntry[]> {
  return changeEntries(em, access, await historyOf(em, { counterpartyId }, limit));
}

async function processes(em: EntityManager, _a: unknown, counterpartyId: number, limit: number): Promise<TimelineEntry[]> {
  const rows = await em.find(ProcessInstanceSchema, { recordType: { $in: clientRecordTypes }, recordId: String(counterpartyId) }, { orderBy: { startedAt: 'desc' }, limit });
  return rows.map((p) => ({
    source: 'process',
    id: `process:${p.workflowId}`,
    at: p.startedAt,
    title: `Process ${p.definitionKey} (${p.status})`,
    actorId: p.startedBy ?? null,
    data: { workflowId: p.workflowId, definitionKey: p.definitionKey, status: p.status, stage: p.stage, endedAt: p.endedAt },
  }));
}

async function tasks(em: EntityManager, _a: unknown, counterpartyId: number, limit: number): Promise<TimelineEntry[]> {
  const rows = await em.find(TaskSchema, { recordType: { $in: clientRecordTypes }, recordId: String(counterpartyId) }, { orderBy: { createdAt: 'desc' }, limit });
  return rows.map((t) => ({
    source: 'task',
    id: `task:${t.id}`,
    at: t.completedAt ?? t.createdAt,
    title: `Task ${t.name} (${t.status})`,
    actorId: t.completedBy ?? t.assigneeId ?? null,
    data: { taskId: t.id, name: t.name, workflowId: t.workflowId, status: t.status, assigneeId: t.assigneeId, dueAt: t.dueAt },
  }));
}

registerTimelineSource('change', changes);
registerTimelineSource('process', processes);
registerTimelineSource('task', tasks);
