import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCounterparty, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { deployFixture, eventually, fixture, taskPath } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let owner: Person, anna: Person, boris: Person, agent: Person;
let kvitka: { id: number }, borisClient: { id: number };
const minute = 60_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
type Item = { kind: string; id: string; title: string; due: string | null; overdue: boolean; priority: number; detail: string; client: { id: number; name: string } | null; process: { key: string } | null };

async function startReview(key: string, variables: Record<string, unknown>): Promise<string> {
  const answer = await call(stack, 'POST', '/process-instances', { token: owner.token, body: { key, variables: { escalateAfter: 'PT1H', offer: 'O-1', priority: 50, ...variables } } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.workflowId;
}
async function plan(who: Person, body: Record<string, unknown>) {
  const answer = await call(stack, 'POST', '/interactions', { token: who.token, body: { kind: 'call', ...body } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
}
const inbox = async (who: Person, query = '') => {
  const answer = await call(stack, 'GET', `/inbox${query}`, { token: who.token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.items as Item[];
};
const titles = (items: Item[]) => items.map((i) => i.title);

beforeAll(async () => {
  stack = await startStack({ worker: true });
  [owner, anna, boris, agent] = await Promise.all([
    userWithRoles(stack, ['process_owner']),
    userWithRoles(stack, ['sales_manager']),
    userWithRoles(stack, ['sales_manager']),
    userWithRoles(stack, ['agent']),
  ]);
  kvitka = await newCounterparty(stack, anna, { name: 'Kvitka LLC' });
  borisClient = await newCounterparty(stack, boris, { name: 'Boris Steel' });
  await deployFixture(stack, owner.token, 'offer_review', fixture('inbox-review', { KEY: 'offer_review' }));
  await deployFixture(stack, owner.token, 'price_check', fixture('inbox-review', { KEY: 'price_check' }));

  // Anna's work from three sources, due at different times.
  await plan(anna, { subject: 'Call Kvitka back', counterpartyId: kvitka.id, at: iso(-60 * minute) });
  await startReview('offer_review', { assignee: anna.email, due: iso(-10 * minute), priority: 20, offer: 'late' });
  await startReview('offer_review', { assignee: anna.email, due: iso(30 * minute), priority: 90, counterpartyId: kvitka.id });
  await plan(anna, { kind: 'meeting', subject: 'Meet Kvitka', counterpartyId: kvitka.id, at: iso(120 * minute) });
  const reminder = await call(stack, 'POST', '/reminders', { token: anna.token, body: { at: iso(180 * minute), text: 'Prepare the contract' } });
  expect(reminder.status, JSON.stringify(reminder.body)).toBe(201);
  await startReview('price_check', { assignee: anna.email, due: iso(240 * minute), priority: 50 });
  // The group's queue, and Boris's own work that Anna must not see.
  await startReview('offer_review', { due: iso(60 * minute) });
  await startReview('offer_review', { assignee: boris.email, due: iso(5 * minute), offer: 'boris' });
  await plan(boris, { subject: 'Call Boris Steel', counterpartyId: borisClient.id, at: iso(-30 * minute) });
  await eventually(async () => (await inbox(anna, '?view=mine')).filter((i) => i.kind === 'task').length === 3 && (await inbox(boris)).length === 2, 'the tasks in the inboxes', 30_000);
});
const sockets: Socket[] = [];
afterAll(async () => {
  for (const s of sockets) s.close();
  await stack?.stop();
});

describe('inbox: one work queue from tasks, contacts and reminders', () => {
  it('lists my tasks, planned and overdue contacts and reminders in due order, with their links', async () => {
    const mine = await inbox(anna, '?view=mine');
    expect(mine.map((i) => [i.kind, i.title, i.overdue])).toEqual([
      ['contact', 'Call Kvitka back', true],
      ['task', 'Review the offer', true],
      ['task', 'Review the offer', false],
      ['contact', 'Meet Kvitka', false],
      ['reminder', 'Prepare the contract', false],
      ['task', 'Review the offer', false],
    ]);
    expect(mine[2]).toMatchObject({ priority: 90, detail: 'assigned', client: { id: kvitka.id, name: 'Kvitka LLC' }, process: { key: 'offer_review', name: 'Offer review' } });
    expect(mine[3]).toMatchObject({ detail: 'meeting', client: { id: kvitka.id, name: 'Kvitka LLC' }, process: null });
    const dues = mine.map((i) => Date.parse(i.due!));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));

    const byPriority = await inbox(anna, '?view=mine&sort=priority');
    expect(byPriority[0]).toMatchObject({ kind: 'task', priority: 90 });
    expect(byPriority.at(-1)).toMatchObject({ kind: 'task', priority: 20 });
  });

  it('has views for the group queue, what is late and what I delegated, and counts each', async () => {
    expect((await inbox(anna, '?view=claimable')).map((i) => [i.kind, i.detail])).toEqual([['task', 'claimable']]);
    expect(titles(await inbox(anna, '?view=overdue'))).toEqual(['Call Kvitka back', 'Review the offer']);
    expect(await inbox(anna, '?view=delegated')).toEqual([]);
    expect((await call(stack, 'GET', '/inbox/counts', { token: anna.token })).body).toEqual({ mine: 6, claimable: 1, overdue: 2, delegated: 0 });

    // Anna hands her last task to Boris: it leaves her "mine" and shows under "delegated".
    const last = (await inbox(anna, '?view=mine&processKey=price_check'))[0]!;
    const delegated = await call(stack, 'POST', `${taskPath(last.id)}/delegate`, { token: anna.token, body: { userId: boris.id } });
    expect(delegated.status, JSON.stringify(delegated.body)).toBe(200);
    expect((await inbox(anna, '?view=delegated')).map((i) => [i.id, i.detail])).toEqual([[last.id, 'delegated']]);
    expect((await call(stack, 'GET', '/inbox/counts', { token: anna.token })).body).toEqual({ mine: 5, claimable: 1, overdue: 2, delegated: 1 });
    expect((await inbox(boris, '?view=mine')).map((i) => i.id)).toContain(last.id);
  });

  it('filters by process and by client', async () => {
    const offers = await inbox(anna, '?view=mine&processKey=offer_review');
    expect(offers.map((i) => i.process?.key)).toEqual(['offer_review', 'offer_review']);
    const forKvitka = await inbox(anna, `?view=mine&counterpartyId=${kvitka.id}`);
    expect(forKvitka.map((i) => [i.kind, i.title])).toEqual([
      ['contact', 'Call Kvitka back'],
      ['task', 'Review the offer'],
      ['contact', 'Meet Kvitka'],
    ]);
    expect((await call(stack, 'GET', `/inbox/counts?counterpartyId=${kvitka.id}`, { token: anna.token })).body).toMatchObject({ mine: 3, overdue: 1 });
  });

  it('never shows another user’s tasks, contacts or reminders, nor the group queue of a group I am not in', async () => {
    const all = [...(await inbox(anna, '?view=mine')), ...(await inbox(anna, '?view=overdue')), ...(await inbox(anna, '?view=claimable'))];
    expect(all.map((i) => i.title)).not.toContain('Call Boris Steel');
    expect(all.filter((i) => i.kind === 'task' && i.due && Math.abs(Date.parse(i.due) - (Date.now() + 5 * minute)) < 2 * minute)).toEqual([]);
    expect(await inbox(anna, `?view=mine&counterpartyId=${borisClient.id}`)).toEqual([]);
    // Boris sees his own and the group's; an agent (not in sales_manager) sees nothing of it.
    expect(titles(await inbox(boris, '?view=overdue'))).toEqual(['Call Boris Steel']);
    expect((await call(stack, 'GET', '/inbox/counts', { token: agent.token })).body).toEqual({ mine: 0, claimable: 0, overdue: 0, delegated: 0 });
    // A task of Anna's is not Agent's to open either.
    const annas = (await inbox(anna, '?view=mine')).find((i) => i.kind === 'task')!;
    expect((await call(stack, 'GET', taskPath(annas.id), { token: agent.token })).status).toBe(404);
  });

  it('refuses bad input with the field and strangers with 401', async () => {
    const bad = await call(stack, 'GET', '/inbox?view=everything&sort=colour', { token: anna.token });
    expect(bad.status).toBe(422);
    expect(bad.type).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['query.sort', 'query.view']);
    expect((await call(stack, 'GET', '/inbox/counts?counterpartyId=-1', { token: anna.token })).body.errors[0].field).toBe('query.counterpartyId');
    expect((await call(stack, 'GET', '/inbox')).status).toBe(401);
    const people = await call(stack, 'GET', `/inbox/delegates?q=${encodeURIComponent(boris.email)}`, { token: anna.token });
    expect(people.body.items.map((u: { id: number }) => u.id)).toEqual([boris.id]);
  });

  it('tells the responsible’s open inbox at once when a contact is planned for them, and nobody else', async () => {
    const listen = (who: Person) => {
      const socket = connect(stack.url, { path: '/socket.io', auth: { token: who.token }, transports: ['websocket'], reconnection: false });
      sockets.push(socket);
      const got: unknown[] = [];
      socket.on('inbox.changed', (c: unknown) => got.push(c));
      return { got, ready: new Promise((resolve) => socket.on('session', resolve)) };
    };
    const [annaLive, borisLive] = [listen(anna), listen(boris)];
    await Promise.all([annaLive.ready, borisLive.ready]);
    await plan(anna, { subject: 'Send the price list', counterpartyId: kvitka.id, at: iso(300 * minute) });
    await eventually(async () => annaLive.got.length > 0, 'the live hint');
    expect(annaLive.got[0]).toMatchObject({ reason: 'contact', interactionId: expect.any(Number) });
    expect(borisLive.got).toEqual([]);
  });
});

describe('completing a task through its form', () => {
  it('answers every rule of the form the submission breaks, each at its field, and completes a valid one', async () => {
    const id = await startReview('offer_review', { assignee: agent.email, due: iso(60 * minute) });
    const task = await eventually(async () => (await inbox(agent, '?view=mine')).find((i) => i.process?.key === 'offer_review' && i.kind === 'task'), 'the agent’s task');
    const complete = (variables: Record<string, unknown>) => call(stack, 'POST', `${taskPath(task.id)}/complete`, { token: agent.token, body: { variables } });
    const refused = await complete({ discount: 45 });
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['body.variables.decision', 'required'],
      ['body.variables.discount', 'out_of_range'],
    ]);
    expect(refused.body.errors[1].message).toBe('Discount, % must be at most 30');
    expect((await inbox(agent, '?view=mine')).map((i) => i.id)).toContain(task.id);
    expect((await complete({ decision: 'approve', discount: 30 })).status).toBe(200);
    expect((await inbox(agent, '?view=mine')).map((i) => i.id)).not.toContain(task.id);
    await eventually(async () => (await call(stack, 'GET', `/process-instances/${id}`, { token: owner.token })).body.status === 'completed', 'the end');
  });
});
