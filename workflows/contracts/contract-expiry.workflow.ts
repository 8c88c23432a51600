import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { createContractActivities } from '../../activities/contract.activities.ts';
import { rearmExpirySignal, type ContractExpiryInput } from './messages.ts';

const { remindContractExpiry } = proxyActivities<ReturnType<typeof createContractActivities>>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute' },
});

/**
 * One durable timer per contract (`contract-expiry-<id>`): sleeps until the reminder time,
 * tells the responsible, and ends. A re-arm signal moves the time (a time already fired is not
 * fired again). The activity checks the stored contract, so a stale timer never notifies.
 */
export async function contractExpiryWorkflow(input: ContractExpiryInput): Promise<void> {
  let remindAt = input.remindAt;
  let moved = false;
  setHandler(rearmExpirySignal, (next) => {
    remindAt = next.remindAt;
    moved = true;
  });
  let firedFor: number | null = null;
  while (remindAt !== null && firedFor !== remindAt) {
    const at: number = remindAt;
    moved = false;
    const wait = at - Date.now();
    if (wait > 0 && (await condition(() => moved, wait))) continue;
    await remindContractExpiry({ contractId: input.contractId, at });
    firedFor = at;
  }
}
