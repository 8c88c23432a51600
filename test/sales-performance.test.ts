import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignUserTeam, createTeam } from '../domain/access/index.ts';
import { DealSchema } from '../domain/sales/index.ts';
import { newCounterparty, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { eventually } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let admin: Person, head: Person, m1: Person, m2: Person, m3: Person, southHead: Person, agent: Person;
const clients = new Map<number, number>();

/** What the test made, to compute the figures on its own; interactions by when they were completed. */
const wins: { userId: number; currency: string; amount: number; closedAt: Date }[] = [];
const interactionsDone: { userId: number; completedAt: Date }[] = [];

const now = new Date();
const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
const month = monthStart.toISOString().slice(0, 7);
const quarterStart = new Date(Date.UTC(now.getUTCFullYear(), Math.floor(now.getUTCMonth() / 3) * 3, 1));
const quarter = `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
const inMonth = new Date(Math.min(monthStart.getTime() + 3_600_000, now.getTime() - 60_000));
const lastMonth = new Date(monthStart.getTime() - 3_600_000);

function expected(userId: number, from: Date, to: Date, currency: string | null) {
  const within = <T extends { userId: number }>(rows: T[], at: (r: T) => Date) => rows.filter((r) => r.userId === userId && at(r) >= from && at(r) < to);
  const won = within(wins, (w) => w.closedAt);
  const byCurrency = new Map<string, number>();
  for (const w of won) byCurrency.set(w.currency, (byCurrency.get(w.currency) ?? 0) + w.amount);
  return {
    amountWon: currency === null ? null : (byCurrency.get(currency) ?? 0),
    dealsWon: won.length,
    interactionsDone: within(interactionsDone, (i) => i.completedAt).length,
    wonAmounts: [...byCurrency].sort(([a], [b]) => a.localeCompare(b)).map(([c, amount]) => ({ currency: c, amount })),
  };
}

/** A deal closed won (or lost) at a given time, stored as the process would leave it. */
async function closedDeal(who: Person, amount: number, currency: string, closedAt: Date, status: 'won' | 'lost' = 'won') {
  const em = stack.orm.em.fork();
  em.create(DealSchema, {
    title: `Deal ${amount}`, counterpartyId: clients.get(who.id)!, contacts: [], amount, currency, products: [], responsibleId: who.id, competitors: [],
    processKey: 'sales-pipeline', stage: status === 'won' ? 'Won' : 'Lost', status, closedAt, createdBy: who.id,
  });
  await em.flush();
  if (status === 'won') wins.push({ userId: who.id, currency, amount, closedAt });
}

/** An interaction at `at`; logged as done it is completed now (whatever its time). */
async function doneInteraction(who: Person, at: Date, state: 'done' | 'planned' = 'done') {
  const answer = await call(stack, 'POST', '/interactions', { token: who.token, body: { kind: 'call', counterpartyId: clients.get(who.id), at: at.toISOString(), subject: 'Follow-up', state } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  if (state === 'done') interactionsDone.push({ userId: who.id, completedAt: new Date(answer.body.completedAt) });
  return answer.body as { id: number };
}

/** A call planned for `at` and completed through the API now. */
async function completedNow(who: Person, at: Date) {
  const planned = await doneInteraction(who, at, 'planned');
  const done = await call(stack, 'POST', `/interactions/${planned.id}/complete`, { token: who.token, body: { result: 'Talked' } });
  expect(done.status, JSON.stringify(done.body)).toBe(200);
  interactionsDone.push({ userId: who.id, completedAt: new Date(done.body.completedAt) });
}

/** A call planned in this month that was completed back in `completedAt`, stored as completing it then would leave it. */
async function completedBack(who: Person, at: Date, completedAt: Date) {
  const planned = await doneInteraction(who, at, 'planned');
  await stack.orm.em.fork().getConnection().execute(`update interaction set state = 'done', result = 'Early', completed_at = ? where id = ?`, [completedAt, planned.id]);
  interactionsDone.push({ userId: who.id, completedAt });
}

/** One deal won for real: moved through the simple pipeline until its process ends in Won. */
async function wonThroughProcess(who: Person, amount: number) {
  const deal = await call(stack, 'POST', '/deals', { token: who.token, body: { title: 'Real win', counterpartyId: clients.get(who.id), amount, currency: 'UAH', processKey: 'sales-pipeline' } });
  expect(deal.status, JSON.stringify(deal.body)).toBe(201);
  for (const stage of ['Qualified', 'Proposal', 'Negotiation', 'Won']) {
    await eventually(async () => (await call(stack, 'POST', `/deals/${deal.body.id}/move`, { token: who.token, body: { stage } })).status === 202, `move to ${stage}`);
    await eventually(async () => (await call(stack, 'GET', `/deals/${deal.body.id}`, { token: who.token })).body.stage === stage, `at ${stage}`);
  }
  const closed = await eventually(async () => { const d = (await call(stack, 'GET', `/deals/${deal.body.id}`, { token: who.token })).body; return d.status === 'won' ? d : undefined; }, 'won');
  wins.push({ userId: who.id, currency: 'UAH', amount, closedAt: new Date(closed.closedAt ?? Date.now()) });
}

const performance = (who: Person, query: string) => call(stack, 'GET', `/sales/performance?${query}`, { token: who.token });
const ids = (answer: { body: { items: { userId: number }[] } }) => answer.body.items.map((i) => i.userId).sort((a, b) => a - b);

beforeAll(async () => {
  stack = await startStack({ worker: true });
  [admin, head, m1, m2, m3, southHead, agent] = await Promise.all([
    userWithRoles(stack, ['admin']), userWithRoles(stack, ['head_of_sales']), userWithRoles(stack, ['sales_manager']), userWithRoles(stack, ['sales_manager']),
    userWithRoles(stack, ['sales_manager']), userWithRoles(stack, ['head_of_sales']), userWithRoles(stack, ['agent']),
  ]);
  const em = stack.orm.em.fork();
  const north = await createTeam(em, { name: 'North', headId: head.id });
  const south = await createTeam(em, { name: 'South', headId: southHead.id });
  for (const m of [m1, m2, head]) await assignUserTeam(em, m.id, north.id);
  for (const m of [m3, southHead]) await assignUserTeam(em, m.id, south.id);
  for (const m of [m1, m2, m3]) clients.set(m.id, (await newCounterparty(stack, m, { name: `Client of ${m.id}` })).id);

  await wonThroughProcess(m1, 100_000);
  await closedDeal(m1, 250_000, 'UAH', inMonth);
  await closedDeal(m1, 5_000, 'EUR', inMonth);
  await closedDeal(m1, 70_000, 'UAH', lastMonth);
  await closedDeal(m1, 90_000, 'UAH', inMonth, 'lost');
  await closedDeal(m2, 40_000, 'UAH', inMonth);
  await closedDeal(m3, 30_000, 'UAH', inMonth);
  for (let i = 0; i < 3; i++) await doneInteraction(m1, inMonth);
  await doneInteraction(m1, lastMonth);
  await doneInteraction(m1, new Date(now.getTime() + 86_400_000), 'planned');
  await doneInteraction(m2, inMonth);
  // Planned for next month but made today: counts now. Planned this month but made last month: counts then.
  await completedNow(m1, new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 15)));
  await completedBack(m2, inMonth, lastMonth);
}, 180_000);
afterAll(async () => {
  await stack?.stop();
});

describe('plans', () => {
  it('a head of sales sets plans for the members of their team, an admin for anyone; managers set none', async () => {
    const plan = await call(stack, 'POST', '/sales/plans', { token: head.token, body: { userId: m1.id, period: month, currency: 'UAH', amountWon: 500_000, dealsWon: 3, interactionsDone: 6 } });
    expect(plan.status, JSON.stringify(plan.body)).toBe(201);
    expect(plan.body).toMatchObject({ userId: m1.id, period: month, setBy: head.id, version: 1 });
    const foreign = await call(stack, 'POST', '/sales/plans', { token: head.token, body: { userId: m3.id, period: month, currency: 'UAH', amountWon: 1, dealsWon: 1, interactionsDone: 1 } });
    expect(foreign.status).toBe(403);
    expect(foreign.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.userId']);
    const own = await call(stack, 'POST', '/sales/plans', { token: m1.token, body: { userId: m1.id, period: month, currency: 'UAH', amountWon: 1, dealsWon: 1, interactionsDone: 1 } });
    expect(own.status).toBe(403);
    const byAdmin = await call(stack, 'POST', '/sales/plans', { token: admin.token, body: { userId: m3.id, period: month, currency: 'UAH', amountWon: 60_000, dealsWon: 2, interactionsDone: 0 } });
    expect(byAdmin.status).toBe(201);
    const twice = await call(stack, 'POST', '/sales/plans', { token: admin.token, body: { userId: m1.id, period: month, currency: 'UAH', amountWon: 1, dealsWon: 1, interactionsDone: 1 } });
    expect(twice.status).toBe(409);
    expect(twice.body.errors[0].field).toBe('body.period');

    // The manager reads their own plan only; the other team's head cannot change this one.
    expect((await call(stack, 'GET', `/sales/plans?period=${month}`, { token: m1.token })).body.items.map((p: { userId: number }) => p.userId)).toEqual([m1.id]);
    expect((await call(stack, 'GET', `/sales/plans/${byAdmin.body.id}`, { token: m1.token })).status).toBe(404);
    expect((await call(stack, 'PATCH', `/sales/plans/${plan.body.id}`, { token: southHead.token, headers: { 'if-match': 'W/"1"' }, body: { dealsWon: 9 } })).status).toBe(404);
    expect((await call(stack, 'PATCH', `/sales/plans/${plan.body.id}`, { token: head.token, body: { dealsWon: 9 } })).status).toBe(428);
    const changed = await call(stack, 'PATCH', `/sales/plans/${plan.body.id}`, { token: head.token, headers: { 'if-match': 'W/"1"' }, body: { dealsWon: 4 } });
    expect(changed.body.version).toBe(2);
    expect((await call(stack, 'PATCH', `/sales/plans/${plan.body.id}`, { token: head.token, headers: { 'if-match': 'W/"1"' }, body: { dealsWon: 5 } })).status).toBe(412);
  });

  it('refuses bad input with the field paths', async () => {
    const bad = await call(stack, 'POST', '/sales/plans', { token: admin.token, body: { userId: m2.id, period: '2026-13', currency: 'uah', amountWon: -5, dealsWon: 1.5, interactionsDone: 'many' } });
    expect(bad.status).toBe(422);
    expect(bad.type).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.amountWon', 'body.currency', 'body.dealsWon', 'body.interactionsDone', 'body.period']);
    const query = await performance(admin, 'period=2026-Q5');
    expect(query.status).toBe(422);
    expect(query.body.errors.map((e: { field: string }) => e.field)).toEqual(['query.period']);
    const nobody = await call(stack, 'POST', '/sales/plans', { token: admin.token, body: { userId: 999_999_999, period: month, currency: 'UAH', amountWon: 1, dealsWon: 1, interactionsDone: 1 } });
    expect(nobody.status).toBe(422);
    expect(nobody.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.userId']);
  });
});

describe('performance against plan', () => {
  it('gives a manager their own plan and actuals: deals won and their amount in the plan currency, interactions done', async () => {
    const answer = await performance(m1, `period=${month}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject({ period: month, kind: 'month', from: monthStart.toISOString() });
    expect(ids(answer)).toEqual([m1.id]);
    const mine = answer.body.items[0];
    const actual = expected(m1.id, monthStart, new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)), 'UAH');
    expect(mine.actual).toEqual(actual);
    expect(mine.plan).toMatchObject({ currency: 'UAH', amountWon: 500_000, dealsWon: 4, interactionsDone: 6 });
    const pct = (a: number, p: number) => Math.round((a / p) * 1000) / 10;
    expect(mine.completionPercent).toEqual({ amountWon: pct(actual.amountWon!, 500_000), dealsWon: pct(actual.dealsWon, 4), interactionsDone: pct(actual.interactionsDone, 6) });
    // Someone else's figures are refused, naming the parameter.
    const other = await performance(m1, `period=${month}&manager=${m2.id}`);
    expect(other.status).toBe(403);
    expect(other.body.errors.map((e: { field: string }) => e.field)).toEqual(['query.manager']);
    expect((await performance(agent, `period=${month}`)).status).toBe(403);
  });

  it('gives a head of sales their team, an admin everyone selling; a quarter sums its months', async () => {
    const team = await performance(head, `period=${month}`);
    expect(ids(team)).toEqual([head.id, m1.id, m2.id].sort((a, b) => a - b));
    const m2Row = team.body.items.find((i: { userId: number }) => i.userId === m2.id);
    expect(m2Row).toMatchObject({ plan: null, completionPercent: null });
    expect(m2Row.actual).toEqual(expected(m2.id, monthStart, new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)), null));
    expect((await performance(head, `period=${month}&manager=${m3.id}`)).status).toBe(403);

    const all = await performance(admin, `period=${month}`);
    expect(ids(all)).toEqual(expect.arrayContaining([head.id, southHead.id, m1.id, m2.id, m3.id]));
    expect(ids(all)).not.toContain(agent.id);
    const m3Row = all.body.items.find((i: { userId: number }) => i.userId === m3.id);
    expect(m3Row.actual.amountWon).toBe(expected(m3.id, monthStart, new Date(8.64e15), 'UAH').amountWon);
    expect(m3Row.completionPercent).toEqual({ amountWon: 50, dealsWon: 50, interactionsDone: null });

    const q = await performance(admin, `period=${quarter}&manager=${m1.id}`);
    expect(q.body).toMatchObject({ kind: 'quarter', from: quarterStart.toISOString() });
    // No quarter plan yet: the quarter is measured against its one month plan.
    expect(q.body.items[0].plan).toMatchObject({ source: 'months', id: null, months: [month], currency: 'UAH', amountWon: 500_000, dealsWon: 4, interactionsDone: 6 });
    expect(q.body.items[0].actual).toEqual(expected(m1.id, quarterStart, quarterEnd, 'UAH'));
  });

  it('counts interactions by when they were done, not when they were planned', async () => {
    const thisMonth = (await performance(admin, `period=${month}&manager=${m2.id}`)).body.items[0].actual.interactionsDone;
    const before = (await performance(admin, `period=${lastMonth.toISOString().slice(0, 7)}&manager=${m2.id}`)).body.items[0].actual.interactionsDone;
    expect([thisMonth, before]).toEqual([1, 1]);
    const m1Month = (await performance(m1, `period=${month}`)).body.items[0].actual.interactionsDone;
    // Three logged in the month, one logged today for last month's call, one planned for next month done today.
    expect(m1Month).toBe(5);
  });
});

const quarterEnd = new Date(Date.UTC(now.getUTCFullYear(), Math.floor(now.getUTCMonth() / 3) * 3 + 3, 1));
const quarterMonths = [0, 1, 2].map((i) => new Date(Date.UTC(quarterStart.getUTCFullYear(), quarterStart.getUTCMonth() + i, 1)).toISOString().slice(0, 7));
const otherMonths = quarterMonths.filter((m) => m !== month);
const monthBefore = new Date(quarterStart.getTime() - 86_400_000).toISOString().slice(0, 7);
const pct = (a: number, p: number) => Math.round((a / p) * 1000) / 10;

async function setPlan(who: Person, userId: number, period: string, currency: string, amountWon: number, dealsWon: number, interactions: number) {
  const answer = await call(stack, 'POST', '/sales/plans', { token: who.token, body: { userId, period, currency, amountWon, dealsWon, interactionsDone: interactions } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body as { id: number; version: number };
}

describe('quarter plans', () => {
  it('adds up the month plans of a quarter without its own plan; months of other quarters stay out', async () => {
    await setPlan(admin, m1.id, otherMonths[0]!, 'UAH', 300_000, 2, 5);
    await setPlan(admin, m1.id, monthBefore, 'UAH', 9_999_999, 99, 99);
    const row = (await performance(head, `period=${quarter}&manager=${m1.id}`)).body.items[0];
    const months = [month, otherMonths[0]!].sort();
    expect(row.plan).toEqual({ source: 'months', id: null, version: null, months, currency: 'UAH', amountWon: 800_000, amounts: [{ currency: 'UAH', amount: 800_000 }], dealsWon: 6, interactionsDone: 11 });
    const actual = expected(m1.id, quarterStart, quarterEnd, 'UAH');
    expect(row.actual).toEqual(actual);
    expect(row.completionPercent).toEqual({ amountWon: pct(actual.amountWon!, 800_000), dealsWon: pct(actual.dealsWon, 6), interactionsDone: pct(actual.interactionsDone, 11) });
  });

  it('does not add amounts of different currencies: lists them, with no amount completion', async () => {
    await setPlan(admin, m3.id, otherMonths[1]!, 'EUR', 10_000, 1, 4);
    const row = (await performance(admin, `period=${quarter}&manager=${m3.id}`)).body.items[0];
    expect(row.plan).toMatchObject({ source: 'months', currency: null, amountWon: null, amounts: [{ currency: 'EUR', amount: 10_000 }, { currency: 'UAH', amount: 60_000 }], dealsWon: 3, interactionsDone: 4 });
    const actual = expected(m3.id, quarterStart, quarterEnd, null);
    expect(row.actual).toEqual(actual);
    expect(row.completionPercent).toEqual({ amountWon: null, dealsWon: pct(actual.dealsWon, 3), interactionsDone: pct(actual.interactionsDone, 4) });
  });

  it('measures against a quarter plan set explicitly instead of the months', async () => {
    const plan = await setPlan(head, m1.id, quarter, 'UAH', 1_000_000, 10, 30);
    const row = (await performance(m1, `period=${quarter}`)).body.items[0];
    expect(row.plan).toEqual({ source: 'quarter', id: plan.id, version: 1, months: [], currency: 'UAH', amountWon: 1_000_000, amounts: [{ currency: 'UAH', amount: 1_000_000 }], dealsWon: 10, interactionsDone: 30 });
    const actual = expected(m1.id, quarterStart, quarterEnd, 'UAH');
    expect(row.completionPercent).toEqual({ amountWon: pct(actual.amountWon!, 1_000_000), dealsWon: pct(actual.dealsWon, 10), interactionsDone: pct(actual.interactionsDone, 30) });
  });

  it('says whose plan the asker may set: a head their team, a manager nobody', async () => {
    const team = (await performance(head, `period=${month}`)).body.items as { userId: number; canPlan: boolean }[];
    expect(team.map((i) => [i.userId, i.canPlan]).sort(([a], [b]) => Number(a) - Number(b))).toEqual([head.id, m1.id, m2.id].sort((a, b) => a - b).map((id) => [id, true]));
    expect((await performance(m1, `period=${month}`)).body.items[0].canPlan).toBe(false);
    expect((await performance(southHead, `period=${month}`)).body.items.every((i: { canPlan: boolean }) => i.canPlan)).toBe(true);
  });
});
