import type { EntityManager } from '@mikro-orm/postgresql';
import { RecordChangeSchema, type RecordChange } from './record-change.entity.ts';

export interface ChangeTarget {
  recordType: 'counterparty' | 'contact' | 'deal';
  recordId: number;
  counterpartyId: number;
  /** Null when a process made the change: `workflowId` then names its instance. */
  actorId: number | null;
  workflowId?: string | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Stages one history row per field whose value differs; the caller's flush writes them in
 * the same transaction as the change itself, so history and record never disagree.
 */
export function recordChanges(
  em: EntityManager,
  target: ChangeTarget,
  action: 'create' | 'update' | 'delete' | 'merge',
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): number {
  const changedAt = new Date();
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  let n = 0;
  for (const field of keys) {
    if (same(before[field], after[field])) continue;
    em.create(RecordChangeSchema, { ...target, action, field, oldValue: before[field] ?? null, newValue: after[field] ?? null, changedAt });
    n++;
  }
  return n;
}

export async function historyOf(
  em: EntityManager,
  where: { recordType: 'counterparty' | 'contact' | 'deal'; recordId: number } | { counterpartyId: number },
  limit = 500,
): Promise<RecordChange[]> {
  return em.find(RecordChangeSchema, where, { orderBy: { changedAt: 'desc', id: 'desc' }, limit });
}
