import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCounterparty, teamOf, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let admin: Person, analyst: Person, head: Person, anna: Person, boris: Person, carl: Person;

/** Owners: anna and boris in the head's team, carl outside it. Sales per month Jan–Mar 2026 as [revenue, margin]. */
const plan = [
  { name: 'Alpha Retail', owner: 'anna', industry: 'Retail', region: 'Kyiv', size: 'large', status: 'client', sales: [[1000, 100], [1200, 150], [900, 90]] },
  { name: 'Beta Foods', owner: 'anna', industry: 'Food', region: 'Lviv', size: 'small', status: 'client', sales: [[300, 60], [0, 0], [200, 40]] },
  { name: 'Gamma Lead', owner: 'anna', industry: 'Food', region: 'Kyiv', size: null, status: 'lead', sales: [] },
  { name: 'Delta Steel', owner: 'boris', industry: 'Steel', region: 'Dnipro', size: 'enterprise', status: 'client', sales: [[5000, 500], [5100, 480], [4900, 510]] },
  { name: 'Epsilon Shop', owner: 'boris', industry: 'Retail', region: 'Lviv', size: 'small', status: 'prospect', sales: [[50, 5], [0, 0], [0, 0]] },
  { name: 'Zeta Farm', owner: 'carl', industry: null, region: 'Odesa', size: 'medium', status: 'former', sales: [[700, 70], [650, 60], [720, 75]] },
] as const;
const ids: number[] = [];
type Row = { value: string | null; clients: number; revenue: number; margin: number };

/** The report computed here from the plan: group, count, sum, order by revenue then clients then value. */
function expected(visible: (typeof plan)[number][], key: (p: (typeof plan)[number], i: number) => string | null) {
  const groups = new Map<string | null, Row>();
  for (const p of visible) {
    const value = key(p, plan.indexOf(p));
    const g = groups.get(value) ?? { value, clients: 0, revenue: 0, margin: 0 };
    g.clients++;
    for (const [r, m] of p.sales) {
      g.revenue += r;
      g.margin += m;
    }
    groups.set(value, g);
  }
  return [...groups.values()].sort((a, b) => b.revenue - a.revenue || b.clients - a.clients || String(a.value).localeCompare(String(b.value)));
}

const report = (who: Person, q = 'from=2026-01-01&to=2026-03-31') => call(stack, 'GET', `/reports/segmentation?${q}`, { token: who.token });

async function salesXlsx() {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sales');
  sheet.addRow(['counterpartyId', 'date', 'revenue', 'margin']);
  plan.forEach((p, i) => {
    p.sales.forEach(([r, m], month) => {
      if (r) sheet.addRow([ids[i], new Date(Date.UTC(2026, month, 10)), r, m]);
    });
    // Outside the period: must not count.
    sheet.addRow([ids[i], new Date(Date.UTC(2025, 11, 31)), 10000, 1000]);
    sheet.addRow([ids[i], new Date(Date.UTC(2026, 3, 1)), 10000, 1000]);
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

const uploadSales = (who: Person, content: Buffer, dryRun: boolean, type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') =>
  fetch(`${stack.url}/api/v1/sales-lines/import-file?dryRun=${dryRun}`, { method: 'POST', headers: { authorization: `Bearer ${who.token}`, 'content-type': type }, body: new Uint8Array(content) })
    .then(async (r) => ({ status: r.status, type: r.headers.get('content-type') ?? '', body: (await r.json()) as Record<string, unknown> }));

beforeAll(async () => {
  stack = await startStack();
  [admin, analyst, head, anna, boris, carl] = await Promise.all([
    userWithRoles(stack, ['admin']),
    userWithRoles(stack, ['analyst']),
    userWithRoles(stack, ['head_of_sales']),
    userWithRoles(stack, ['sales_manager']),
    userWithRoles(stack, ['sales_manager']),
    userWithRoles(stack, ['sales_manager']),
  ]);
  await teamOf(stack, admin, 'Sales West', head, [anna, boris]);
  const owners = { anna, boris, carl };
  for (const p of plan) {
    const c = await newCounterparty(stack, owners[p.owner], { name: p.name, industry: p.industry, region: p.region, size: p.size, status: p.status });
    ids.push(c.id);
  }
});
afterAll(() => stack?.stop());

describe('sales lines from XLSX', () => {
  it('dry run writes nothing, import adds the lines, the same file again adds nothing; foreign clients are row errors', async () => {
    const file = await salesXlsx();
    const dry = await uploadSales(admin, file, true);
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    const lines = plan.reduce((a, p) => a + p.sales.filter(([r]) => r).length + 2, 0);
    expect(dry.body).toMatchObject({ dryRun: true, rows: lines, valid: lines, imported: 0, errors: [] });
    expect((await report(admin)).body.status.reduce((a: number, r: Row) => a + r.revenue, 0)).toBe(0);
    const real = await uploadSales(admin, file, false);
    expect(real.body).toMatchObject({ imported: lines, skipped: 0 });
    const again = await uploadSales(admin, file, false);
    expect(again.body).toMatchObject({ imported: 0, skipped: lines });
    const byAnna = await uploadSales(anna, file, true);
    // Boris's and Carl's clients are outside Anna's reach: their rows are errors, hers are valid.
    const annas = plan.filter((p) => p.owner === 'anna').reduce((a, p) => a + p.sales.filter(([r]) => r).length + 2, 0);
    expect(byAnna.body).toMatchObject({ valid: annas });
    expect((byAnna.body.errors as { field: string }[]).every((e) => e.field === 'counterpartyId')).toBe(true);
    const pdf = await uploadSales(admin, Buffer.from('%PDF-1.4'), true, 'application/pdf');
    expect(pdf.status).toBe(415);
    expect(pdf.type).toContain('application/problem+json');
  });
});

describe('segmentation report', () => {
  const dims = {
    industry: (p: (typeof plan)[number]) => p.industry,
    region: (p: (typeof plan)[number]) => p.region,
    size: (p: (typeof plan)[number]) => p.size,
    status: (p: (typeof plan)[number]) => p.status,
  };

  it('counts, revenue and margin per industry, region, size and status match figures computed here, for each reach', async () => {
    const cases: [Person, (typeof plan)[number][]][] = [
      [anna, plan.filter((p) => p.owner === 'anna')],
      [head, plan.filter((p) => p.owner !== 'carl')],
      [carl, plan.filter((p) => p.owner === 'carl')],
      [admin, [...plan]],
      [analyst, [...plan]],
    ];
    for (const [who, visible] of cases) {
      const r = await report(who);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      for (const [dim, key] of Object.entries(dims)) expect(r.body[dim], `${dim} for ${who.email}`).toEqual(expected(visible, key));
    }
  });

  it('ABC and XYZ classes group as the stored classes say; a shorter period sums less', async () => {
    const recalc = await call(stack, 'POST', '/analyses/abc-xyz/recalculate', { token: analyst.token, body: { from: '2026-01-01', to: '2026-03-31' } });
    expect(recalc.status, JSON.stringify(recalc.body)).toBe(200);
    const classes = new Map<number, { abc: string | null; xyz: string | null }>();
    for (const id of ids) {
      const card = await call(stack, 'GET', `/counterparties/${id}`, { token: admin.token });
      classes.set(id, { abc: card.body.abcClass, xyz: card.body.xyzClass });
    }
    expect(classes.get(ids[2]!)).toEqual({ abc: null, xyz: null }); // no sales, no class
    const r = await report(head);
    const visible = plan.filter((p) => p.owner !== 'carl');
    expect(r.body.abcClass).toEqual(expected(visible, (_, i) => classes.get(ids[i]!)!.abc));
    expect(r.body.xyzClass).toEqual(expected(visible, (_, i) => classes.get(ids[i]!)!.xyz));

    const january = await report(admin, 'from=2026-01-01&to=2026-01-31');
    const janPlan = plan.map((p) => ({ ...p, sales: p.sales.slice(0, 1) }));
    expect(january.body.region).toEqual(expected(janPlan as never, (p) => p.region));
  });

  it('a bad period or no session is refused as problem+json', async () => {
    const backwards = await report(admin, 'from=2026-03-01&to=2026-01-01');
    expect(backwards.status).toBe(422);
    expect(backwards.type).toContain('application/problem+json');
    expect(backwards.body.errors[0].field).toBe('query.from');
    const malformed = await report(admin, 'from=2026-13-01&to=2026-01-01');
    expect(malformed.status).toBe(422);
    expect(malformed.body.errors[0].field).toBe('query.from');
    const anonymous = await call(stack, 'GET', '/reports/segmentation?from=2026-01-01&to=2026-03-31');
    expect(anonymous.status).toBe(401);
  });
});
