import type { EntityManager } from '@mikro-orm/postgresql';
import { ProcessEventSchema, type ProcessEvent } from './process-event.entity.ts';
import { TaskSchema, type Task } from './task.entity.ts';

/** The instance's event log, oldest first (at most `limit` entries). */
export function instanceHistory(em: EntityManager, workflowId: string, limit = 500): Promise<ProcessEvent[]> {
  return em.find(ProcessEventSchema, { workflowId }, { orderBy: { id: 'asc' }, limit });
}

export function openTasksOf(em: EntityManager, workflowId: string): Promise<Task[]> {
  return em.find(TaskSchema, { workflowId, status: 'open' }, { orderBy: { createdAt: 'asc' } });
}

/** The named variables only (all when no names are given). */
export function pickVariables(variables: Record<string, unknown>, names: string[] | undefined): Record<string, unknown> {
  if (!names?.length) return variables;
  return Object.fromEntries(names.filter((n) => n in variables).map((n) => [n, variables[n]]));
}
