import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCounterparty, teamOf, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let admin: Person, head: Person, anna: Person, boris: Person, other: Person, analyst: Person;
let north: { id: number }, south: { id: number };

const kinds = ['call', 'meeting', 'email', 'note', 'contact'] as const;
const hour = 3600_000;
const from = new Date(Date.now() - 10 * 24 * hour);
const to = new Date(Date.now() + 10 * 24 * hour);

interface Made { responsibleId: number; kind: string; at: number; final: 'planned' | 'done' | 'cancelled' }
const made: Made[] = [];

/** A deterministic spread of interactions over the period (and some outside it). */
async function generate(people: Person[], clients: Map<number, number>) {
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647);
  for (let n = 0; n < 60; n++) {
    const who = people[next() % people.length]!;
    const kind = kinds[next() % kinds.length]!;
    // from 12 days ago to 12 days ahead: a few fall outside [from, to)
    const at = Date.now() + ((next() % 576) - 288) * hour + (next() % 3600) * 1000;
    const final = (['planned', 'done', 'cancelled'] as const)[next() % 3]!;
    const created = await call(stack, 'POST', '/interactions', { token: who.token, body: { kind, at: new Date(at).toISOString(), subject: `#${n}`, counterpartyId: clients.get(who.id), state: final === 'done' ? 'done' : 'planned' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    if (final === 'cancelled') expect((await call(stack, 'POST', `/interactions/${created.body.id}/cancel`, { token: who.token, body: {} })).status).toBe(200);
    made.push({ responsibleId: who.id, kind, at, final });
  }
}

/** The same figures computed here, from what the test created. */
function expected(userIds: number[], now: number) {
  return userIds.map((userId) => {
    const rows = made.filter((m) => m.responsibleId === userId && m.at >= from.getTime() && m.at < to.getTime());
    const count = (list: Made[]) => ({
      done: list.filter((m) => m.final === 'done').length,
      planned: list.filter((m) => m.final === 'planned' && m.at >= now).length,
      overdue: list.filter((m) => m.final === 'planned' && m.at < now).length,
      cancelled: list.filter((m) => m.final === 'cancelled').length,
    });
    const byKind = Object.fromEntries(kinds.filter((k) => rows.some((m) => m.kind === k)).map((k) => [k, count(rows.filter((m) => m.kind === k))]));
    return { userId, ...count(rows), byKind };
  });
}

const figures = (who: Person, team?: number) =>
  call(stack, 'GET', `/analytics/interactions?from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}${team ? `&team=${team}` : ''}`, { token: who.token });
const strip = (employees: { userId: number; done: number; planned: number; overdue: number; cancelled: number; byKind: object }[]) =>
  employees.map(({ userId, done, planned, overdue, cancelled, byKind }) => ({ userId, done, planned, overdue, cancelled, byKind })).sort((a, b) => a.userId - b.userId);

beforeAll(async () => {
  stack = await startStack();
  [admin, head, anna, boris, other, analyst] = await Promise.all([
    userWithRoles(stack, ['admin']),
    userWithRoles(stack, ['head_of_sales']),
    userWithRoles(stack, ['sales_manager']),
    userWithRoles(stack, ['sales_manager']),
    userWithRoles(stack, ['sales_manager']),
    userWithRoles(stack, ['analyst']),
  ]);
  north = await teamOf(stack, admin, 'North', head, [anna, boris]);
  south = await teamOf(stack, admin, 'South', null, [other]);
  const clients = new Map<number, number>();
  for (const p of [anna, boris, other]) clients.set(p.id, (await newCounterparty(stack, p, { name: `Client of ${p.id}` })).id);
  await generate([anna, boris, other], clients);
}, 120_000);
afterAll(() => stack?.stop());

describe('analysis of interactions by employee', () => {
  it('an admin sees every employee’s figures, equal to the ones computed from what was created', async () => {
    const answer = await figures(admin);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    // Nobody's interaction crosses "now" between the answer and this line: the nearest is minutes away at worst.
    const ids = [anna.id, boris.id, other.id].sort((a, b) => a - b);
    expect(strip(answer.body.employees)).toEqual(expected(ids, Date.now()));
    expect(strip((await figures(analyst)).body.employees)).toEqual(expected(ids, Date.now()));
    expect(strip((await figures(admin, south.id)).body.employees)).toEqual(expected([other.id], Date.now()));
  });

  it('a manager sees only themselves; a head their team (another team is 403)', async () => {
    expect(strip((await figures(anna)).body.employees)).toEqual(expected([anna.id], Date.now()));
    expect(strip((await figures(anna, south.id)).body.employees)).toEqual(expected([anna.id], Date.now()));
    const team = strip((await figures(head)).body.employees);
    expect(team).toEqual(expected([head.id, anna.id, boris.id].sort((a, b) => a - b), Date.now()));
    expect(strip((await figures(head, north.id)).body.employees)).toEqual(team);
    expect((await figures(head, south.id)).status).toBe(403);
  });

  it('refuses an empty period and a role without interactions', async () => {
    const empty = await call(stack, 'GET', `/analytics/interactions?from=${encodeURIComponent(to.toISOString())}&to=${encodeURIComponent(from.toISOString())}`, { token: admin.token });
    expect(empty.status).toBe(400);
    const owner = await userWithRoles(stack, ['process_owner']);
    expect((await figures(owner)).status).toBe(403);
  });
});
