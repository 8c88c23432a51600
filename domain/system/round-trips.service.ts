import type { EntityManager } from '@mikro-orm/postgresql';
import { RoundTripSchema, type RoundTrip } from './round-trip.entity.ts';

export interface RoundTripRecord {
  id: string;
  workflowId: string;
  message: string;
  requestedBy: number;
}

/** Idempotent by workflow id: a retried activity finds its row instead of writing a second one. */
export async function recordRoundTrip(em: EntityManager, input: RoundTripRecord): Promise<RoundTrip> {
  await em
    .createQueryBuilder(RoundTripSchema)
    .insert({ ...input, recordedAt: new Date() })
    .onConflict('workflowId')
    .ignore()
    .execute();
  return em.findOneOrFail(RoundTripSchema, { workflowId: input.workflowId });
}

export function findRoundTrip(em: EntityManager, workflowId: string): Promise<RoundTrip | null> {
  return em.findOne(RoundTripSchema, { workflowId });
}
