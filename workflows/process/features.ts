import { patched } from '@temporalio/workflow';

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

/**
 * The bundle's answer for this run, taken at the first question so one run never mixes the two.
 * Kept on the sandbox's global object, which the SDK gives every workflow run its own copy of
 * (also with a reused V8 context), so it goes away with the run; a module-level map would be
 * shared by the thread's runs and grow with every run.
 */
const slot = '__crmEngineFeaturesBundled';

/**
 * Whether this run has `feature`: by the bundle's marker (runs started by this engine), else by
 * the feature's own marker, as `patched()` always answered. A behaviour added later gets its own
 * `patched()` until the next bundle.
 */
export function hasFeature(feature: Feature): boolean {
  const run = globalThis as Record<string, unknown>;
  if (typeof run[slot] !== 'boolean') run[slot] = patched(bundle);
  return run[slot] === true || patched(feature);
}
