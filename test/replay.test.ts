import { describe, expect, it } from 'vitest';
import { readHistories, replayFailures } from './support/histories.ts';

/**
 * Histories recorded from earlier versions of the interpreter (`RECORD_HISTORIES=1 npx vitest
 * run test/process-engine.test.ts`). Running instances replay them after every upgrade: a
 * change that breaks one must go behind patched().
 */
describe('recorded process histories', () => {
  const histories = readHistories();

  it('cover user tasks, gateways (exclusive, parallel, inclusive, event-based), timers, messages, errors, incidents, cancellation, sub-processes, call activities, runs continued with parked tokens (inside sub-processes and call activities too), service calls as local activities, and runs with one patch marker for all engine behaviours', () => {
    expect(histories.map((h) => h.scenario).sort()).toEqual([
      'cancelled-with-open-task',
      'chase-scope-continued',
      'chase-scope-continuing',
      'chase-scope-gave-up',
      'contract-call-continued',
      'contract-call-continued-child',
      'contract-call-continuing',
      'contract-call-error-continued',
      'contract-call-error-continued-child',
      'contract-call-started',
      'contract-call-timer-continued',
      'cooling-off-continued',
      'double-check-continued',
      'follow-up-continued',
      'follow-up-continuing',
      'lead-big-budget',
      'lead-default-flow',
      'lead-incident-retry',
      'lead-reminder-timer',
      'lookup-error-boundary',
      'offer-inclusive-both',
      'offer-inclusive-one',
      'order-call-error',
      'order-call-error-child',
      'order-call-latest',
      'order-call-latest-child',
      'order-call-pinned',
      'order-call-pinned-child',
      'payment-interrupting-timer',
      'payment-message-join',
      'quote-error-end',
      'quote-scope-local',
      'reply-gateway-continued',
      'reply-message-first',
      'reply-timer-first',
      'review-message-boundary',
      'review-terminate-scope',
      'review-timer-boundary',
      'service-chain-incident',
      'service-chain-incident-bundled',
      'service-chain-local',
      'service-chain-local-bundled',
      'visits-continued',
    ]);
  });

  // One replay worker per history, one after the other: minutes on a busy machine.
  it('replay without nondeterminism against the current workflow code', async () => {
    expect(await replayFailures(histories)).toEqual([]);
  }, 240_000);
});
