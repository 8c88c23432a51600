import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchHistories, keepHistory, replayFailures } from './support/histories.ts';
import { call, userWithRoles } from './support/http.ts';
import { deployFixture, eventually, fixture, InstanceProbe, taskPath } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let probe: InstanceProbe;
let owner: { token: string; id: number };
let manager: { token: string; id: number; email: string };
let hook: http.Server;

beforeAll(async () => {
  // A client registry that does not know the client: a business error (HTTP 404), not an outage.
  hook = http.createServer((_req, res) => res.writeHead(404).end('no such client'));
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  stack = await startStack({ worker: true });
  owner = await userWithRoles(stack, ['process_owner']);
  manager = await userWithRoles(stack, ['sales_manager']);
  probe = new InstanceProbe(stack, owner, manager, { record: { type: 'deal', id: '7' } });
  await deployFixture(stack, owner.token, 'offer', fixture('offer-channels'));
  await deployFixture(stack, owner.token, 'reply', fixture('reply-wait'));
  await deployFixture(stack, owner.token, 'lookup', fixture('business-error', { HOOK: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/clients/7` }));
  await deployFixture(stack, owner.token, 'uncaught', fixture('uncaught-error'));
});
afterAll(async () => {
  await stack?.stop();
  hook?.close();
});

const openTaskOf = (workflowId: string) => eventually(async () => (await probe.tasksOf(workflowId))[0], 'the task');

describe('inclusive gateway', () => {
  it('forks into every branch whose condition holds and joins when the slower one arrives', async () => {
    const id = await probe.start('offer', { wantsMail: true, wantsCall: true, owner: String(manager.id) });
    const task = await openTaskOf(id);
    // The call branch has already reached the join; the join still waits for the mail task.
    await eventually(async () => (await probe.instance(id)).body.variables.calls === 1, 'the call branch');
    expect((await probe.instance(id)).body.variables.summary).toBeUndefined();
    await call(stack, 'POST', `${taskPath(task.id)}/complete`, { token: manager.token, body: { variables: {} } });
    const final = await probe.ended(id, 'offer-inclusive-both');
    expect(final.variables).toMatchObject({ calls: 1, summary: 'sent' });
    expect((await probe.steps(id)).filter((s) => s === 'node_entered:summary')).toHaveLength(1);
  });

  it('joins at once when only one branch was taken: no token can still arrive', async () => {
    const id = await probe.start('offer', { wantsMail: false, wantsCall: true, owner: String(manager.id) });
    const final = await probe.ended(id, 'offer-inclusive-one');
    expect(final.variables).toMatchObject({ calls: 1, summary: 'sent' });
    expect(await probe.steps(id)).not.toContain('node_entered:mail');
  });

  it('raises an incident when no condition holds and there is no default flow', async () => {
    const id = await probe.start('offer', { wantsMail: false, wantsCall: false, owner: String(manager.id) });
    const incident = await eventually(async () => (await probe.instance(id)).body.incidents?.[0], 'the incident');
    expect(incident).toMatchObject({ nodeId: 'channels', message: expect.stringContaining('no default flow') });
  });
});

describe('event-based gateway', () => {
  it('takes the message path when the message comes first and withdraws the timer', async () => {
    const id = await probe.start('reply', { caseId: 'C-1', waitFor: 'PT1H' });
    await eventually(async () => (await probe.instance(id)).body.currentNodes?.includes('first'), 'waiting at the gateway');
    const sent = await call(stack, 'POST', `/process-instances/${id}/messages`, { token: manager.token, body: { name: 'client replied', correlationKey: 'C-1', variables: { reply: 'yes' } } });
    expect(sent.status).toBe(202);
    const final = await probe.ended(id, 'reply-message-first');
    expect(final.variables).toMatchObject({ outcome: 'answered', reply: 'yes' });
    const log = await probe.steps(id);
    expect(log).toContain('message_correlated:replied');
    expect(log).not.toContain('timer_fired:silence');
  });

  it('takes the timer path when the message does not come in time', async () => {
    const id = await probe.start('reply', { caseId: 'C-2', waitFor: 'PT1S' });
    const final = await probe.ended(id, 'reply-timer-first');
    expect(final.variables.outcome).toBe('silent');
    const log = await probe.steps(id);
    expect(log).toContain('timer_fired:silence');
    expect(log).not.toContain('node_entered:replied');
  });
});

describe('errors', () => {
  it('routes a connector business error to the error boundary with its code', async () => {
    const id = await probe.start('lookup', {});
    const final = await probe.ended(id, 'lookup-error-boundary');
    expect(final.variables).toMatchObject({ source: 'fallback: connector.http', error: { code: 'connector.http' } });
    expect(final.incidents ?? []).toEqual([]);
    const log = await probe.steps(id);
    expect(log).toContain('node_entered:rejected');
    expect(log).not.toContain('node_entered:found');
  });

  it('raises an incident for an error end event nobody catches', async () => {
    const id = await probe.start('uncaught', {});
    const incident = await eventually(async () => (await probe.instance(id)).body.incidents?.[0], 'the incident');
    expect(incident).toMatchObject({ nodeId: 'gone', message: expect.stringContaining('client.gone') });
    expect((await probe.instance(id)).body.status).toBe('incident');
  });
});

describe('determinism', () => {
  it('replays the history of every finished instance above', async () => {
    const histories = await fetchHistories(stack.target.address, [...probe.finished.values()]);
    [...probe.finished.keys()].forEach((scenario, i) => keepHistory(scenario, histories[i]!.workflowId, histories[i]!.history));
    expect(histories).toHaveLength(5);
    expect(await replayFailures(histories)).toEqual([]);
  });
});
