import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DealSchema } from '../domain/sales/index.ts';
import { newCounterparty, teamOf, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

// The deals board loads per stage: each column's count and per-currency sum cover the whole
// stage (all deals in the reader's reach, not the cards sent), cards come a page at a time,
// and filters apply on the server.
let stack: Stack;
let admin: Person, head: Person, manager: Person, other: Person, agent: Person;

/** Deals written straight to the table at a stage: the board needs no running process to show them. */
async function deals(owner: Person, counterpartyId: number, stage: string | null, n: number, amount: number, currency: string, prefix: string) {
  const em = stack.orm.em.fork();
  for (let i = 1; i <= n; i++) {
    em.create(DealSchema, {
      title: `${prefix} ${i}`, counterpartyId, contacts: [], amount, currency, products: [], responsibleId: owner.id, competitors: [],
      processKey: 'sales-pipeline', stage, status: 'open', createdBy: owner.id,
      // Every third deal has no close date: those come after the dated ones.
      expectedCloseDate: i % 3 === 0 ? null : `2026-12-${String(i % 28 + 1).padStart(2, '0')}`,
    });
  }
  await em.flush();
}

type Column = { stage: string | null; count: number; amounts: Record<string, number>; items: { id: number; title: string; responsibleId: number; expectedCloseDate: string | null }[]; nextOffset: number | null };

async function board(who: Person, query = '') {
  const answer = await call(stack, 'GET', `/deals/board?processKey=sales-pipeline${query}`, { token: who.token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as { stages: string[]; columns: Column[] };
}
const column = (b: { columns: Column[] }, stage: string | null) => b.columns.find((c) => c.stage === stage)!;

beforeAll(async () => {
  stack = await startStack();
  admin = await userWithRoles(stack, ['admin']);
  head = await userWithRoles(stack, ['head_of_sales']);
  manager = await userWithRoles(stack, ['sales_manager']);
  other = await userWithRoles(stack, ['sales_manager']);
  agent = await userWithRoles(stack, ['agent']);
  await teamOf(stack, admin, 'Kyiv sales', head, [head, manager]);
  const kvitka = await newCounterparty(stack, manager, { name: 'Kvitka LLC' });
  const dnipro = await newCounterparty(stack, other, { name: 'Dnipro Steel' });
  await deals(manager, kvitka.id, 'New', 45, 100_00, 'UAH', 'Oven');
  await deals(manager, kvitka.id, 'New', 2, 50_00, 'EUR', 'Export');
  await deals(manager, kvitka.id, 'Qualified', 3, 1_000_00, 'UAH', 'Boiler');
  await deals(other, dnipro.id, 'New', 7, 300_00, 'UAH', 'Steel');
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

describe('deals board', () => {
  it('gives each stage its full count and per-currency sum, with the first cards only, in funnel order', async () => {
    const b = await board(manager, '&limit=20');
    expect(b.stages).toEqual(['New', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost']);
    expect(b.columns.map((c) => c.stage)).toEqual(b.stages);
    const fresh = column(b, 'New');
    expect(fresh.count).toBe(47);
    expect(fresh.amounts).toEqual({ UAH: 45 * 100_00, EUR: 2 * 50_00 });
    expect(fresh.items).toHaveLength(20);
    expect(fresh.nextOffset).toBe(20);
    // Soonest close date first; deals without one after all that have one.
    const dates = fresh.items.map((d) => d.expectedCloseDate);
    expect(dates.filter((d) => d !== null)).toEqual([...dates.filter((d) => d !== null)].sort());
    expect(column(b, 'Qualified')).toMatchObject({ count: 3, amounts: { UAH: 3_000_00 }, nextOffset: null });
    expect(column(b, 'Won')).toMatchObject({ count: 0, amounts: {}, items: [] });
  });

  it('pages a column with "show more" until every deal of the stage was sent once', async () => {
    const first = column(await board(manager, '&limit=20'), 'New');
    const seen = first.items.map((d) => d.id);
    let offset = first.nextOffset;
    while (offset !== null) {
      const page = await call(stack, 'GET', `/deals/board/cards?processKey=sales-pipeline&stage=New&limit=20&offset=${offset}`, { token: manager.token });
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      seen.push(...page.body.items.map((d: { id: number }) => d.id));
      offset = page.body.nextOffset;
    }
    expect(seen).toHaveLength(47);
    expect(new Set(seen).size).toBe(47);
    const undated = first.items.filter((d) => d.expectedCloseDate === null);
    expect(undated).toEqual([]);
  });

  it('filters by manager, client and search on the server, columns and sums included', async () => {
    const byOther = await board(admin, `&responsibleId=${other.id}`);
    expect(column(byOther, 'New')).toMatchObject({ count: 7, amounts: { UAH: 7 * 300_00 } });
    expect(column(byOther, 'Qualified').count).toBe(0);
    const byTitle = await board(admin, '&search=export');
    expect(column(byTitle, 'New')).toMatchObject({ count: 2, amounts: { EUR: 100_00 } });
    const dnipro = column(await board(admin), 'New').count;
    expect(dnipro).toBe(54);
    const bySearchClient = await board(admin, '&search=dnipro');
    expect(column(bySearchClient, 'New').count).toBe(7);
  });

  it("shows a manager only their own deals: another manager's never count, even when asked for by name", async () => {
    expect(column(await board(other), 'New')).toMatchObject({ count: 7, amounts: { UAH: 7 * 300_00 } });
    const asked = await board(other, `&responsibleId=${manager.id}`);
    expect(asked.columns.every((c) => c.count === 0 && c.items.length === 0)).toBe(true);
    const cards = await call(stack, 'GET', '/deals/board/cards?processKey=sales-pipeline&stage=New&offset=0', { token: other.token });
    expect(cards.body.items.every((d: { responsibleId: number }) => d.responsibleId === other.id)).toBe(true);
    // A head of sales sees the team's (the manager's), not the outsider's.
    expect(column(await board(head), 'New').count).toBe(47);
    // The deals table filters by manager within the same reach.
    const table = await call(stack, 'GET', `/deals?processKey=sales-pipeline&responsibleId=${manager.id}&limit=200`, { token: other.token });
    expect(table.body.items).toEqual([]);
  });

  it('refuses those without sales access and bad input with the field named', async () => {
    expect((await call(stack, 'GET', '/deals/board?processKey=sales-pipeline', { token: agent.token })).status).toBe(403);
    expect((await call(stack, 'GET', '/deals/board?processKey=sales-pipeline')).status).toBe(401);
    const bad = await call(stack, 'GET', '/deals/board?processKey=sales-pipeline&limit=0', { token: manager.token });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('query.limit');
    const noKey = await call(stack, 'GET', '/deals/board/cards?stage=New', { token: manager.token });
    expect(noKey.status).toBe(422);
    expect(noKey.body.errors.map((e: { field: string }) => e.field)).toContain('query.processKey');
  });
});
