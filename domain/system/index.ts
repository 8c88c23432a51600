export { RoundTripSchema, type RoundTrip } from './round-trip.entity.ts';
export { findRoundTrip, recordRoundTrip, type RoundTripRecord } from './round-trips.service.ts';
export { IdempotencyKeySchema, type IdempotencyKey } from './idempotency-key.entity.ts';
export { idempotent, type IdempotentAnswer } from './idempotency.service.ts';
export { createLivePush, type LivePush } from './live-push.ts';
