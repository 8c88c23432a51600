import type { EntityManager } from '@mikro-orm/postgresql';
import { ProcessEventSchema, type ProcessEventType } from './process-event.entity.ts';

export interface NewProcessEvent {
  dedupeKey: string;
  workflowId: string;
  definitionKey: string;
  versionNumber: number;
  type: ProcessEventType;
  nodeId?: string | null;
  nodeType?: string | null;
  tokenId?: string | null;
  taskId?: string | null;
  actorId?: number | null;
  data?: Record<string, unknown> | null;
  occurredAt: Date;
}

/** Appends events; ones whose dedupe key is already logged are skipped (retries are harmless). */
export async function appendEvents(em: EntityManager, events: NewProcessEvent[]): Promise<number> {
  if (!events.length) return 0;
  const rows = events.map((e) => ({
    nodeId: null, nodeType: null, tokenId: null, taskId: null, actorId: null, data: null,
    ...e,
    recordedAt: new Date(),
  }));
  const result = await em.createQueryBuilder(ProcessEventSchema).insert(rows).onConflict('dedupeKey').ignore().execute('run');
  return (result as { affectedRows?: number }).affectedRows ?? 0;
}
