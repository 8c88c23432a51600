import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A wiring check: the API starts a workflow, its activity writes one of these rows and
 * the API reads it back. Admins use it to prove API, worker, Temporal and database talk.
 */
export const RoundTripSchema = defineEntity({
  name: 'RoundTrip',
  tableName: 'round_trip',
  properties: {
    id: p.uuid().primary(),
    workflowId: p.string().length(200).unique(),
    message: p.string().length(500),
    requestedBy: p.integer(),
    recordedAt: p.datetime().onCreate(() => new Date()),
  },
});

export type RoundTrip = InferEntity<typeof RoundTripSchema>;
