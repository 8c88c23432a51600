import { patched, workflowInfo } from '@temporalio/workflow';

/**
 * One patch marker that stands for every interpreter behaviour below. Each patch marker costs a
 * run two history events (the marker, and the `TemporalChangeVersion` search attribute the SDK
 * upserts with it, a visibility write on the server): four of them were a third of a short
 * instance's history. Runs started by this engine record this one marker; runs recorded before
 * it replay with the markers they have.
 */
const bundle = 'engine-features-1';

/** Behaviours that shipped behind their own patch before the bundle (ids as recorded). */
export type Feature = 'continue-parked-tokens' | 'continue-scoped-tokens' | 'local-service-calls' | 'local-progress-writes' | 'business-calendars';

/** The bundle's answer per run, taken at the first question so one run never mixes the two. */
const bundled = new Map<string, boolean>();

/**
 * Whether this run has `feature`: by the bundle's marker (runs started by this engine), else by
 * the feature's own marker, as `patched()` always answered. A behaviour added later gets its own
 * `patched()` until the next bundle.
 */
export function hasFeature(feature: Feature): boolean {
  const { runId } = workflowInfo();
  if (!bundled.has(runId)) bundled.set(runId, patched(bundle));
  return bundled.get(runId)! || patched(feature);
}
