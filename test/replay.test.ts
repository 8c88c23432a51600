import { describe, expect, it } from 'vitest';
import { readHistories, replayFailures } from './support/histories.ts';

/**
 * Histories recorded from earlier versions of the interpreter (`RECORD_HISTORIES=1 npx vitest
 * run test/process-engine.test.ts`). Running instances replay them after every upgrade: a
 * change that breaks one must go behind patched().
 */
describe('recorded process histories', () => {
  const histories = readHistories();

  it('cover user tasks, gateways, timers, messages and incidents', () => {
    expect(histories.map((h) => h.scenario).sort()).toEqual([
      'lead-big-budget',
      'lead-default-flow',
      'lead-incident-retry',
      'lead-reminder-timer',
      'payment-interrupting-timer',
      'payment-message-join',
    ]);
  });

  it('replay without nondeterminism against the current workflow code', async () => {
    expect(await replayFailures(histories)).toEqual([]);
  });
});
