import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DealSchema } from '../domain/sales/index.ts';
import { newCounterparty, teamOf, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

// Deal pickers search on the server as the user types: GET /deals?search= finds by title or
// client name, and only among the deals the reader may open.
let stack: Stack;
let admin: Person, head: Person, manager: Person, other: Person;

/** Deals written straight to the table: no process is needed to be found. */
async function deals(owner: Person, counterpartyId: number, titles: string[]) {
  const em = stack.orm.em.fork();
  for (const title of titles) {
    em.create(DealSchema, { title, counterpartyId, contacts: [], amount: 100_00, currency: 'UAH', products: [], responsibleId: owner.id, competitors: [], processKey: 'sales-pipeline', status: 'open', createdBy: owner.id });
  }
  await em.flush();
}

const titles = async (who: Person, query: string) => {
  const answer = await call(stack, 'GET', `/deals?${query}`, { token: who.token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return (answer.body.items as { title: string }[]).map((d) => d.title).sort();
};

beforeAll(async () => {
  stack = await startStack();
  admin = await userWithRoles(stack, ['admin']);
  head = await userWithRoles(stack, ['head_of_sales']);
  manager = await userWithRoles(stack, ['sales_manager']);
  other = await userWithRoles(stack, ['sales_manager']);
  await teamOf(stack, admin, 'Lviv sales', head, [head, manager]);
  const kvitka = await newCounterparty(stack, manager, { name: 'Kvitka LLC' });
  const dnipro = await newCounterparty(stack, other, { name: 'Dnipro Steel' });
  // Enough of the manager's own deals that the one sought is far past a picker's first page.
  await deals(manager, kvitka.id, Array.from({ length: 30 }, (_, i) => `Service visit ${i + 1}`));
  await deals(manager, kvitka.id, ['Ovens for Kvitka', 'Discount 50%_off']);
  await deals(other, dnipro.id, ['Ovens for Dnipro']);
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

describe('searching deals', () => {
  it("finds a manager's deal past the first page by part of its title, in any case, and never another manager's", async () => {
    expect(await titles(manager, 'limit=20')).not.toContain('Ovens for Kvitka');
    expect(await titles(manager, 'limit=20&search=oVENS')).toEqual(['Ovens for Kvitka']);
    expect(await titles(other, 'limit=20&search=ovens')).toEqual(['Ovens for Dnipro']);
  });

  it("finds deals by their client's name; the team's head and an admin reach further", async () => {
    expect(await titles(manager, 'search=dnipro')).toEqual([]);
    expect(await titles(other, 'search=dnipro')).toEqual(['Ovens for Dnipro']);
    expect(await titles(head, 'search=ovens')).toEqual(['Ovens for Kvitka']);
    expect(await titles(admin, 'search=ovens')).toEqual(['Ovens for Dnipro', 'Ovens for Kvitka']);
    expect(await titles(manager, 'search=kvitka&limit=200')).toHaveLength(32);
  });

  it('takes % and _ as the characters typed, and refuses an over-long search by its field', async () => {
    expect(await titles(manager, `search=${encodeURIComponent('50%_')}`)).toEqual(['Discount 50%_off']);
    expect(await titles(manager, `search=${encodeURIComponent('%')}`)).toEqual(['Discount 50%_off']);
    const long = await call(stack, 'GET', `/deals?search=${'x'.repeat(201)}`, { token: manager.token });
    expect(long.status).toBe(422);
    expect(long.body.errors[0].field).toBe('query.search');
  });

  it('refuses a reader without a sales role', async () => {
    const agent = await userWithRoles(stack, ['agent']);
    expect((await call(stack, 'GET', '/deals?search=ovens', { token: agent.token })).status).toBe(403);
  });
});
