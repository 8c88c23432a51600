import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCounterparty, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

/**
 * ABC/XYZ and the segmentation report read monthly totals kept beside the sales lines. Whatever
 * writes the lines (import, re-import, merge, delete), the totals must equal the lines summed
 * afresh, and a period cutting months in half must still count only the days inside it.
 */
let stack: Stack;
let admin: Person;
const ids: Record<string, number> = {};

const sql = async <T>(text: string, params: unknown[] = []) => (await stack.orm.em.getConnection().execute(text, params, 'all')) as T[];

/** The kept totals, and the same totals summed from the lines now, per client and month. */
async function keptAndFresh() {
  const order = 'order by counterparty_id, month';
  const kept = await sql(`select counterparty_id, to_char(month, 'YYYY-MM') as month, revenue::text, margin::text, lines from sales_month ${order}`);
  const fresh = await sql(`select counterparty_id, to_char(date_trunc('month', date), 'YYYY-MM') as month, sum(revenue)::text as revenue, sum(margin)::text as margin, count(*)::int as lines
    from sales_line group by 1, 2 ${order}`);
  return { kept, fresh };
}

const monthsOf = async (id: number) =>
  sql<{ month: string; revenue: string; lines: number }>(`select to_char(month, 'YYYY-MM') as month, revenue::text, lines from sales_month where counterparty_id = ? order by month`, [id]);

function csv(prefix: string) {
  const rows = ['counterpartyId,date,revenue,margin,reference'];
  let n = 0;
  for (const [who, perMonth] of [['north', [120, 80, 0, 40]], ['north2', [0, 30, 30, 30]], ['south', [500, 0, 500, 10]]] as const) {
    perMonth.forEach((v, m) => {
      if (!v) return;
      // Lines on the 5th and the 25th: a period from the 10th cuts the first one off.
      rows.push(`${ids[who]},2026-0${m + 1}-05,${v / 2},${v / 10},${prefix}-${n++}`, `${ids[who]},2026-0${m + 1}-25,${v / 2},0,${prefix}-${n++}`);
    });
  }
  return rows.join('\n');
}

beforeAll(async () => {
  stack = await startStack();
  admin = await userWithRoles(stack, ['admin']);
  for (const name of ['north', 'north2', 'south']) ids[name] = (await newCounterparty(stack, admin, { name: `Sales ${name}`, status: 'client' })).id;
});
afterAll(() => stack?.stop());

describe('monthly sales totals', () => {
  it('follow an import, and a re-import of the same file adds nothing', async () => {
    const first = await call(stack, 'POST', '/sales-lines/import', { token: admin.token, body: { csv: csv('m'), dryRun: false } });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.imported).toBe(18);
    const after = await keptAndFresh();
    expect(after.kept).toEqual(after.fresh);
    expect(await monthsOf(ids.north!)).toEqual([
      { month: '2026-01', revenue: '120.00', lines: 2 }, { month: '2026-02', revenue: '80.00', lines: 2 }, { month: '2026-04', revenue: '40.00', lines: 2 },
    ]);

    const again = await call(stack, 'POST', '/sales-lines/import', { token: admin.token, body: { csv: csv('m'), dryRun: false } });
    expect(again.body).toMatchObject({ imported: 0, skipped: 18 });
    expect((await keptAndFresh()).kept).toEqual(after.kept);
  });

  it('give the same ABC/XYZ and report as the lines when the period cuts months', async () => {
    // Whole February and March from the totals, January 10th.. and April ..20th from the lines.
    const answer = await call(stack, 'GET', '/analyses/abc-xyz?from=2026-01-10&to=2026-04-20', { token: admin.token });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const totals = Object.fromEntries(answer.body.items.map((i: { counterpartyId: number; revenue: number }) => [i.counterpartyId, i.revenue]));
    // North: 60 (Jan 25th) + 80 + 0 + 20 (Apr 5th); north2: 30 + 30 + 15; south: 250 + 0 + 500 + 5.
    expect(totals).toEqual({ [ids.north!]: 160, [ids.north2!]: 75, [ids.south!]: 755 });
    const south = answer.body.items.find((i: { counterpartyId: number }) => i.counterpartyId === ids.south);
    // Monthly revenue 250, 0, 500, 5 over four months: the variation is computed from those.
    const m = [250, 0, 500, 5], mean = 755 / 4;
    expect(south.cv).toBeCloseTo(Math.sqrt(m.reduce((a, v) => a + (v - mean) ** 2, 0) / 4) / mean, 9);

    const report = await call(stack, 'GET', '/reports/segmentation?from=2026-01-10&to=2026-04-20', { token: admin.token });
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    expect(report.body.status.find((s: { value: string }) => s.value === 'client')).toMatchObject({ clients: 3, revenue: 990 });
  });

  it('follow a merge to the survivor and a deleted client away', async () => {
    const preview = await call(stack, 'GET', `/duplicates/merge-preview?survivor=${ids.north}&merged=${ids.north2}`, { token: admin.token });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    const merged = await call(stack, 'POST', '/duplicates/merge', { token: admin.token, body: { survivor: ids.north, merged: ids.north2 }, headers: { 'if-match': preview.headers.get('etag')! } });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(await monthsOf(ids.north!)).toEqual([
      { month: '2026-01', revenue: '120.00', lines: 2 }, { month: '2026-02', revenue: '110.00', lines: 4 },
      { month: '2026-03', revenue: '30.00', lines: 2 }, { month: '2026-04', revenue: '70.00', lines: 4 },
    ]);
    expect(await monthsOf(ids.north2!)).toEqual([]);
    let now = await keptAndFresh();
    expect(now.kept).toEqual(now.fresh);

    const card = await call(stack, 'GET', `/counterparties/${ids.south}`, { token: admin.token });
    const gone = await call(stack, 'DELETE', `/counterparties/${ids.south}`, { token: admin.token, headers: { 'if-match': card.headers.get('etag')! } });
    expect(gone.status).toBe(204);
    expect(await monthsOf(ids.south!)).toEqual([]);
    now = await keptAndFresh();
    expect(now.kept).toEqual(now.fresh);
    expect(now.kept).toHaveLength(4);
  });
});
