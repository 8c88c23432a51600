import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCounterparty } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { deployFixture, eventually, fixture } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';

/** Instance lists and views say the client, the step and the assignee by name, and never name a client the reader may not see. */
let stack: Stack;
let anna: Awaited<ReturnType<typeof userWithRoles>>;
let boris: Awaited<ReturnType<typeof userWithRoles>>;
let workflowId: string;

beforeAll(async () => {
  stack = await startStack({ worker: true });
  const owner = await userWithRoles(stack, ['process_owner']);
  [anna, boris] = await Promise.all([userWithRoles(stack, ['sales_manager']), userWithRoles(stack, ['sales_manager'])]);
  expect((await deployFixture(stack, owner.token, 'named', fixture('inbox-review', { KEY: 'named' }))).status).toBe(201);
  const client = await newCounterparty(stack, anna, { name: 'Kvitka LLC' });
  // Anna's client; Boris only reviews the offer, so he sees the instance but not the client.
  const started = await call(stack, 'POST', '/process-instances', {
    token: anna.token,
    body: { key: 'named', record: { type: 'client', id: String(client.id) }, variables: { assignee: boris.email, due: null, priority: 50, escalateAfter: 'PT1H', offer: 'O-1' } },
  });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  workflowId = started.body.workflowId;
  await eventually(async () => (await call(stack, 'GET', `/process-instances/${workflowId}`, { token: anna.token })).body.openTasks?.length === 1, 'the review task');
});
afterAll(async () => {
  await stack?.stop();
});

const row = async (token: string) => (await call(stack, 'GET', '/process-instances?key=named', { token })).body.items.find((i: { workflowId: string }) => i.workflowId === workflowId);

describe('names in process monitoring', () => {
  it('the list says where an instance is by the step’s name and names the client for its manager', async () => {
    expect(await row(anna.token)).toMatchObject({ currentNodes: ['review'], currentStepNames: ['Review the offer'], recordName: 'Kvitka LLC' });
  });

  it('a colleague who works in the instance sees it, but the client he may not open stays unnamed', async () => {
    expect(await row(boris.token)).toMatchObject({ currentStepNames: ['Review the offer'], record: { type: 'client' }, recordName: null });
    const view = await call(stack, 'GET', `/process-instances/${workflowId}`, { token: boris.token });
    expect(view.status).toBe(200);
    expect(view.body.recordName).toBeNull();
  });

  it('a process owner, whose roles read no clients, sees the instance with the client unnamed', async () => {
    const owner = await userWithRoles(stack, ['process_owner']);
    expect(await row(owner.token)).toMatchObject({ recordName: null, currentStepNames: ['Review the offer'] });
    expect((await call(stack, 'GET', `/process-instances/${workflowId}`, { token: owner.token })).body).toMatchObject({ recordName: null, openTasks: [expect.objectContaining({ assigneeName: expect.any(String) })] });
  });

  it('the instance view names the client and the open task’s assignee', async () => {
    const view = await call(stack, 'GET', `/process-instances/${workflowId}`, { token: anna.token });
    expect(view.body.recordName).toBe('Kvitka LLC');
    expect(view.body.openTasks).toEqual([expect.objectContaining({ assigneeId: boris.id, assigneeName: expect.stringMatching(/^User \d+$/) })]);
  });
});
