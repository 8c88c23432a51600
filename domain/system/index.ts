export { RoundTripSchema, type RoundTrip } from './round-trip.entity.ts';
export { findRoundTrip, recordRoundTrip, type RoundTripRecord } from './round-trips.service.ts';
