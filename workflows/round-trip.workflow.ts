import { proxyActivities, uuid4, workflowInfo } from '@temporalio/workflow';
import type { createSystemActivities } from '../activities/system.activities.ts';

const { recordRoundTrip } = proxyActivities<ReturnType<typeof createSystemActivities>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

export interface RoundTripInput {
  message: string;
  requestedBy: number;
}

/** Proves the wiring: API -> Temporal -> worker -> activity -> PostgreSQL. */
export async function roundTripWorkflow(input: RoundTripInput): Promise<{ id: string; workflowId: string }> {
  const { workflowId } = workflowInfo();
  return recordRoundTrip({ id: uuid4(), workflowId, message: input.message, requestedBy: input.requestedBy });
}
