import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCounterparty, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let admin: Person, analyst: Person, anna: Person, boris: Person;

/** Monthly revenue Jan–Jun 2026 and the margin rate of each client; owner 0 = anna, 1 = boris. */
const plan = [
  { name: 'Steady Big', owner: 0, industry: 'Retail', months: [100, 100, 100, 100, 100, 100], rate: 0.1 },
  { name: 'Wobbly', owner: 0, industry: 'Retail', months: [50, 60, 40, 50, 55, 45], rate: 0.4 },
  { name: 'One Shot', owner: 0, industry: 'Food', months: [0, 0, 200, 0, 0, 0], rate: 0.5 },
  { name: 'Small Steady', owner: 0, industry: 'Food', months: [10, 10, 10, 10, 10, 10], rate: 0.2 },
  { name: 'Alternating', owner: 1, industry: 'Retail', months: [40, 0, 40, 0, 40, 0], rate: 0.3 },
  { name: 'Tiny', owner: 1, industry: 'Steel', months: [5, 5, 5, 5, 5, 5], rate: 0.9 },
];
const ids: number[] = [];

/** ABC/XYZ computed here from the plan, independently of the SQL. */
function expected(measure: 'revenue' | 'margin', visible: (i: number) => boolean = () => true) {
  const totals = plan.map((p, i) => ({ i, id: ids[i]!, revenue: p.months.reduce((a, b) => a + b, 0), margin: p.months.reduce((a, b) => a + Math.round(b * p.rate * 100) / 100, 0) }));
  const grand = totals.reduce((a, t) => a + t[measure], 0);
  const ranked = [...totals].sort((x, y) => y[measure] - x[measure] || x.id - y.id);
  let before = 0;
  const out = new Map<number, { abc: string; xyz: string; share: number; cv: number }>();
  for (const t of ranked) {
    const abc = before / grand < 0.8 ? 'A' : before / grand < 0.95 ? 'B' : 'C';
    before += t[measure];
    const m = plan[t.i]!.months;
    const mean = t.revenue / 6;
    const cv = Math.sqrt(m.reduce((a, v) => a + (v - mean) ** 2, 0) / 6) / mean;
    out.set(t.id, { abc, xyz: cv <= 0.1 ? 'X' : cv <= 0.25 ? 'Y' : 'Z', share: t[measure] / grand, cv });
  }
  return new Map([...out].filter(([id]) => visible(ids.indexOf(id))));
}

function csvOf(prefix: string) {
  const lines = ['counterpartyId,date,revenue,margin,reference'];
  plan.forEach((p, i) => {
    p.months.forEach((v, m) => {
      if (!v) return;
      // Two lines per month: the analysis must sum them.
      const half = Math.floor(v / 2);
      const margin = Math.round(v * p.rate * 100) / 100;
      lines.push(`${ids[i]},2026-0${m + 1}-03,${half},${margin},${prefix}-${i}-${m}-a`);
      lines.push(`${ids[i]},2026-0${m + 1}-20,${v - half},0,${prefix}-${i}-${m}-b`);
    });
    // Outside the period: must not count.
    lines.push(`${ids[i]},2025-12-31,1000,1000,${prefix}-${i}-dec`, `${ids[i]},2026-07-01,1000,1000,${prefix}-${i}-jul`);
  });
  return lines.join('\n');
}

beforeAll(async () => {
  stack = await startStack();
  [admin, analyst, anna, boris] = await Promise.all([userWithRoles(stack, ['admin']), userWithRoles(stack, ['analyst']), userWithRoles(stack, ['sales_manager']), userWithRoles(stack, ['sales_manager'])]);
  for (const p of plan) ids.push((await newCounterparty(stack, p.owner ? boris : anna, { name: p.name, industry: p.industry, status: 'client' })).id);
});
afterAll(() => stack?.stop());

const importCsv = (who: Person, csv: string, dryRun = false, key?: string) =>
  call(stack, 'POST', '/sales-lines/import', { token: who.token, body: { csv, dryRun }, headers: key ? { 'idempotency-key': key } : {} });
const analysis = (who: Person, q: string) => call(stack, 'GET', `/analyses/abc-xyz?from=2026-01-01&to=2026-06-30&${q}`, { token: who.token });

describe('sales lines import', () => {
  it('dry run reports, import is idempotent, bad rows and foreign clients are reported per row', async () => {
    const csv = csvOf('s');
    const dry = await importCsv(admin, csv, true);
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, imported: 0, errors: [] });
    const real = await importCsv(admin, csv, false, 'sales-1');
    expect(real.body).toMatchObject({ imported: dry.body.valid, skipped: 0 });
    const replay = await importCsv(admin, csv, false, 'sales-1');
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const again = await importCsv(admin, csv);
    expect(again.body).toMatchObject({ imported: 0, skipped: dry.body.valid });

    const mixed = await importCsv(anna, `counterpartyId,date,revenue\n${ids[0]},2026-13-01,10\n${ids[4]},2026-02-01,10\n${ids[0]},2026-02-01,abc\n,2026-02-01,5`, true);
    expect(mixed.body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([[2, 'date'], [3, 'counterpartyId'], [4, 'revenue'], [5, 'counterpartyId']]);
    // Each error is a code with the values it names, which the import screen words in the user's language.
    expect(mixed.body.errors.map((e: { code: string; params: object }) => [e.code, e.params])).toEqual([
      ['invalid_date', { value: '2026-13-01' }],
      ['unknown_client', { value: String(ids[4]) }],
      ['invalid_amount', { value: 'abc' }],
      ['missing_client', {}],
    ]);
    expect((await importCsv(anna, '"unclosed,quote\n1,2')).status).toBe(422);
  });
});

describe('ABC/XYZ', () => {
  it('classes, shares and variation match an independent computation, by revenue and by margin', async () => {
    for (const measure of ['revenue', 'margin'] as const) {
      const answer = await analysis(admin, `measure=${measure}`);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      const want = expected(measure);
      expect(answer.body.items).toHaveLength(6);
      for (const item of answer.body.items) {
        const w = want.get(item.counterpartyId)!;
        expect([item.name, item.abc, item.xyz], measure).toEqual([item.name, w.abc, w.xyz]);
        expect(item.share).toBeCloseTo(w.share, 6);
        expect(item.cv).toBeCloseTo(w.cv, 6);
      }
      const matrix: Record<string, number> = {};
      for (const w of want.values()) matrix[w.abc + w.xyz] = (matrix[w.abc + w.xyz] ?? 0) + 1;
      expect(Object.fromEntries(Object.entries(answer.body.matrix).filter(([, n]) => n))).toEqual(matrix);
    }
  });

  it('thresholds are configurable and checked', async () => {
    const strict = await analysis(admin, 'a=50&b=30&x=5&y=50');
    const byName = Object.fromEntries(strict.body.items.map((i: { name: string; abc: string; xyz: string }) => [i.name, i.abc + i.xyz]));
    expect(byName['Steady Big']).toBe('AX');
    expect(byName.Wobbly![1]).toBe('Y');
    expect((await analysis(admin, 'a=90&b=20')).status).toBe(422);
    expect((await call(stack, 'GET', '/analyses/abc-xyz?from=2026-06-01&to=2026-01-01', { token: admin.token })).status).toBe(422);
  });

  it('a manager sees only their clients (classes ranked over the whole base)', async () => {
    const mine = await analysis(anna, '');
    expect(mine.body.items.map((i: { counterpartyId: number }) => i.counterpartyId).sort()).toEqual(ids.slice(0, 4).sort());
    const want = expected('revenue');
    for (const item of mine.body.items) expect(item.abc + item.xyz).toBe(want.get(item.counterpartyId)!.abc + want.get(item.counterpartyId)!.xyz);
    expect(Object.values(mine.body.matrix).reduce((a: number, b) => a + (b as number), 0)).toBe(4);
  });

  it('the manager filter narrows to that manager’s clients, never beyond the reader’s reach', async () => {
    const borisIds = ids.filter((_, i) => !!plan[i]!.owner).sort();
    const his = await analysis(admin, `manager=${boris.id}`);
    expect(his.status).toBe(200);
    expect(his.body.items.map((i: { counterpartyId: number }) => i.counterpartyId).sort()).toEqual(borisIds);
    // Classes stay ranked over the whole base: the filter picks rows, it does not re-rank them.
    const want = expected('revenue');
    for (const item of his.body.items) expect(item.abc + item.xyz).toBe(want.get(item.counterpartyId)!.abc + want.get(item.counterpartyId)!.xyz);
    expect(his.body.clients).toBe(borisIds.length);
    // Anna cannot see Boris's clients by naming him.
    const peek = await analysis(anna, `manager=${boris.id}`);
    expect(peek.body.items).toEqual([]);
    expect(peek.body.clients).toBe(0);
    const bad = await analysis(admin, 'manager=someone');
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('query.manager');
  });

  it('recalculation stores class history and current classes; managers may not recalculate', async () => {
    const body = { from: '2026-01-01', to: '2026-06-30' };
    expect((await call(stack, 'POST', '/analyses/abc-xyz/recalculate', { token: anna.token, body })).status).toBe(403);
    const done = await call(stack, 'POST', '/analyses/abc-xyz/recalculate', { token: analyst.token, body });
    expect(done.body).toEqual({ classified: 6, cleared: 0 });
    const want = expected('revenue');
    const card = await call(stack, 'GET', `/counterparties/${ids[0]}`, { token: anna.token });
    expect(card.body.abcClass + card.body.xyzClass).toBe(want.get(ids[0]!)!.abc + want.get(ids[0]!)!.xyz);
    // February only: One Shot and Alternating sold nothing, so they lose their classes.
    const february = await call(stack, 'POST', '/analyses/abc-xyz/recalculate', { token: analyst.token, body: { from: '2026-02-01', to: '2026-02-28' } });
    expect(february.body).toEqual({ classified: 4, cleared: 2 });
    const history = await call(stack, 'GET', `/counterparties/${ids[0]}/classes`, { token: anna.token });
    expect(history.body.items.map((h: { from: string }) => h.from)).toEqual(['2026-02-01', '2026-01-01']);
    expect((await call(stack, 'GET', `/counterparties/${ids[4]}/classes`, { token: anna.token })).status).toBe(404);
    const cleared = await call(stack, 'GET', `/counterparties/${ids[2]}`, { token: anna.token });
    expect(cleared.body.abcClass).toBeNull();
  });
  it('stored classes feed the list filter and segment rules within the reader’s reach; a recalculation replaces them', async () => {
    const recalc = (body: Record<string, unknown>) => call(stack, 'POST', '/analyses/abc-xyz/recalculate', { token: analyst.token, body });
    const half = { from: '2026-01-01', to: '2026-06-30' };
    expect((await recalc(half)).body).toEqual({ classified: 6, cleared: 0 }); // after February: two get theirs back
    const want = expected('revenue');
    const withClass = (who: number[], f: (c: { abc: string; xyz: string }) => boolean) => who.filter((i) => f(want.get(ids[i]!)!)).map((i) => plan[i]!.name).sort();
    const anna4 = [0, 1, 2, 3];
    const list = (who: Person, q: string) => call(stack, 'GET', `/counterparties?${q}`, { token: who.token });
    const listed = (r: { body: { items: { name: string }[] } }) => r.body.items.map((i) => i.name).sort();
    expect(withClass(anna4, (c) => c.abc === 'A').length).toBeGreaterThan(0);
    expect(listed(await list(anna, 'abcClass=A'))).toEqual(withClass(anna4, (c) => c.abc === 'A'));
    expect(listed(await list(admin, 'abcClass=A'))).toEqual(withClass([0, 1, 2, 3, 4, 5], (c) => c.abc === 'A'));
    expect(listed(await list(boris, 'abcClass=B,C&xyzClass=Z'))).toEqual(withClass([4, 5], (c) => c.abc !== 'A' && c.xyz === 'Z'));
    expect(listed(await list(anna, 'xyzClass=X'))).toEqual(withClass(anna4, (c) => c.xyz === 'X'));
    const bad = await list(anna, 'abcClass=D');
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain('abcClass');

    const segment = await call(stack, 'POST', '/segments', { token: anna.token, body: { name: 'Class A or Z', rules: { any: [{ field: 'abcClass', op: 'in', values: ['A'] }, { field: 'xyzClass', op: 'in', values: ['Z'] }] } } });
    expect(segment.status, JSON.stringify(segment.body)).toBe(201);
    const members = async (who: Person) => listed(await call(stack, 'GET', `/segments/${segment.body.id}/members`, { token: who.token }));
    expect(await members(anna)).toEqual(withClass(anna4, (c) => c.abc === 'A' || c.xyz === 'Z'));
    expect(await members(boris)).toEqual(withClass([4, 5], (c) => c.abc === 'A' || c.xyz === 'Z'));

    // The same period again: one current class per client, one more history row each.
    const current = async () => (await stack.orm.em.getConnection().execute<{ id: number; n: string }[]>(
      `select counterparty_id as id, count(*) as n from client_current_class where counterparty_id in (${ids.join(',')}) group by 1`));
    const historyRows = async () => Number((await stack.orm.em.getConnection().execute<{ n: string }[]>(`select count(*) as n from client_class where counterparty_id = ${ids[0]}`))[0]!.n);
    const before = await historyRows();
    expect((await recalc(half)).body).toEqual({ classified: 6, cleared: 0 });
    expect((await current()).map((r) => Number(r.n))).toEqual([1, 1, 1, 1, 1, 1]);
    expect(await historyRows()).toBe(before + 1);

    // Margin ranks otherwise: the filter follows the new classes, not the old ones beside them.
    const byMargin = expected('margin');
    expect((await recalc({ ...half, measure: 'margin' })).body).toEqual({ classified: 6, cleared: 0 });
    expect((await current()).map((r) => Number(r.n))).toEqual([1, 1, 1, 1, 1, 1]);
    expect(listed(await list(admin, 'abcClass=A'))).toEqual([0, 1, 2, 3, 4, 5].filter((i) => byMargin.get(ids[i]!)!.abc === 'A').map((i) => plan[i]!.name).sort());
    const card = await call(stack, 'GET', `/counterparties/${ids[5]}`, { token: boris.token });
    expect(card.body.abcClass).toBe(byMargin.get(ids[5]!)!.abc);
  });
});

describe('segmentation report', () => {
  it('counts and revenue by dimension within the reader’s scope', async () => {
    const r = await call(stack, 'GET', '/reports/segmentation?from=2026-01-01&to=2026-06-30', { token: anna.token });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const sum = (f: (p: (typeof plan)[number]) => boolean) => plan.filter((p) => p.owner === 0 && f(p)).reduce((a, p) => a + p.months.reduce((x, y) => x + y, 0), 0);
    expect(r.body.industry).toEqual([
      { value: 'Retail', clients: 2, revenue: sum((p) => p.industry === 'Retail'), margin: expect.any(Number) },
      { value: 'Food', clients: 2, revenue: sum((p) => p.industry === 'Food'), margin: expect.any(Number) },
    ]);
    expect(r.body.status).toEqual([{ value: 'client', clients: 4, revenue: sum(() => true), margin: expect.any(Number) }]);
    const all = await call(stack, 'GET', '/reports/segmentation?from=2026-01-01&to=2026-06-30', { token: admin.token });
    expect(all.body.industry.map((x: { value: string }) => x.value)).toEqual(['Retail', 'Food', 'Steel']);
  });
});
