import { proxyActivities, proxyLocalActivities, type ActivityOptions, type LocalActivityOptions } from '@temporalio/workflow';
import type { ProcessActivities } from '../../activities/process.activities.ts';
import { hasFeature } from './features.ts';

export interface ServiceCall {
  type: string;
  headers: Record<string, string>;
  input: Record<string, unknown>;
  idempotencyKey: string;
  /**
   * When the step ran, on the workflow's clock. A local activity's own scheduled time is the
   * worker's wall clock, which is not the workflow's under a time-skipping test server and
   * lags it on replay; connectors that log an event use this instead.
   */
  at?: string;
}

/**
 * Task types whose calls are short side effects (a request, a row, an e-mail): they run as
 * local activities, inside the workflow task of the worker that runs the instance. No trip
 * through the task queue (schedule, poll, complete, next workflow task): a chain of such tasks
 * can complete in one workflow task. A worker that dies before the workflow task completes
 * makes the next one run the call again with the same idempotency key, which the receiver
 * dedupes as it does any retry. `document` stays a regular activity: rendering a PDF takes
 * seconds of CPU and is better spread over the workers polling the queue.
 */
const localTypes = new Set(['http', 'notify', 'update-record', 'mail']);

/** Retries as the task's `retries` says: 1 s, 2 s, 4 s... up to a minute between attempts. */
const retry = (retries: number) => ({ maximumAttempts: retries + 1, initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' });

/**
 * Runs service tasks' connectors, as a local or a regular activity. Functions here return the
 * activity's own promise (no async layer): recorded histories depend on when commands are
 * scheduled and when their results wake the token.
 */
export class ServiceCalls {
  private readonly remote = new Map<number, ProcessActivities>();
  private readonly local = new Map<number, ProcessActivities>();

  run(call: ServiceCall, retries: number): Promise<Record<string, unknown>> {
    // Instances recorded before short calls became local activities replay regular ones.
    if (localTypes.has(call.type) && hasFeature('local-service-calls')) return this.locally(retries).runServiceTask({ ...call, at: new Date().toISOString() });
    return this.remotely(retries).runServiceTask(call);
  }

  private remotely(retries: number): ProcessActivities {
    if (!this.remote.has(retries)) {
      const options: ActivityOptions = {
        startToCloseTimeout: '5 minutes',
        // A worker that dies mid-call is noticed after this, not after the 5 minutes.
        heartbeatTimeout: '10 seconds',
        retry: retry(retries),
      };
      this.remote.set(retries, proxyActivities<ProcessActivities>(options));
    }
    return this.remote.get(retries)!;
  }

  private locally(retries: number): ProcessActivities {
    if (!this.local.has(retries)) {
      const options: LocalActivityOptions = {
        // Per attempt; the connectors' own timeouts (30 s for http) end a call sooner.
        startToCloseTimeout: '2 minutes',
        // Backoffs of a minute or more wait as durable timers instead of in the worker's memory.
        localRetryThreshold: '1 minute',
        retry: retry(retries),
      };
      this.local.set(retries, proxyLocalActivities<ProcessActivities>(options));
    }
    return this.local.get(retries)!;
  }
}
