import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCounterparty, names, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let admin: Person, anna: Person, boris: Person, agent: Person;
const ids: Record<string, number> = {};

beforeAll(async () => {
  stack = await startStack();
  [admin, anna, boris, agent] = await Promise.all([userWithRoles(stack, ['admin']), userWithRoles(stack, ['sales_manager']), userWithRoles(stack, ['sales_manager']), userWithRoles(stack, ['agent'])]);
  const mk = async (name: string, who: Person, body: Record<string, unknown>) => (ids[name] = (await newCounterparty(stack, who, { name, ...body })).id);
  await mk('Alpha Retail', anna, { status: 'client', industry: 'Retail', tags: ['vip'], region: 'Kyiv', size: 'small' });
  await mk('Beta Shop', anna, { status: 'lead', industry: 'Retail' });
  await mk('Gamma Foods', anna, { status: 'client', industry: 'Food', tags: ['vip', 'export'] });
  await mk('Boris Client', boris, { status: 'client', industry: 'Retail', tags: ['vip'] });
  await stack.orm.em.getConnection().execute(`update counterparty set abc_class = 'A', xyz_class = 'X' where id = ${ids['Alpha Retail']}`);
});
afterAll(() => stack?.stop());

const vipClients = { all: [{ field: 'status', op: 'in', values: ['client'] }, { field: 'tags', op: 'hasAny', values: ['vip'] }] };
const save = (who: Person, rules: unknown, name = 'S') => call(stack, 'POST', '/segments', { token: who.token, body: { name, rules } });
const members = (who: Person, id: number) => call(stack, 'GET', `/segments/${id}/members`, { token: who.token });

async function sheetNames(who: Person, path: string): Promise<{ status: number; names: string[] }> {
  const res = await fetch(`${stack.url}/api/v1${path}`, { headers: { authorization: `Bearer ${who.token}` } });
  if (res.status !== 200) return { status: res.status, names: [] };
  expect(res.headers.get('content-type')).toContain('spreadsheetml');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  const sheet = book.worksheets[0]!;
  expect(sheet.getRow(1).getCell(3).value).toBe('Name');
  const out: string[] = [];
  sheet.eachRow((row, n) => n > 1 && out.push(String(row.getCell(3).value)));
  return { status: 200, names: out.sort() };
}

describe('saved segments', () => {
  it('members and counts follow the rules and the reader’s scope', async () => {
    const s = await save(anna, vipClients, 'VIP clients');
    expect(s.status, JSON.stringify(s.body)).toBe(201);
    expect(names(await members(anna, s.body.id))).toEqual(['Alpha Retail', 'Gamma Foods']);
    expect(names(await members(boris, s.body.id))).toEqual(['Boris Client']);
    expect(names(await members(admin, s.body.id))).toEqual(['Alpha Retail', 'Boris Client', 'Gamma Foods']);
    expect((await call(stack, 'GET', `/segments/${s.body.id}`, { token: anna.token })).body.count).toBe(2);
    expect((await call(stack, 'GET', `/segments/${s.body.id}`, { token: admin.token })).body.count).toBe(3);
  });

  it('any / not / classes / dates / emptiness', async () => {
    const cases: [unknown, string[]][] = [
      [{ any: [{ field: 'industry', op: 'in', values: ['Food'] }, { not: { field: 'tags', op: 'hasAny', values: ['vip'] } }] }, ['Beta Shop', 'Gamma Foods']],
      [{ field: 'abcClass', op: 'in', values: ['A'] }, ['Alpha Retail']],
      [{ field: 'abcClass', op: 'empty' }, ['Beta Shop', 'Gamma Foods']],
      [{ field: 'xyzClass', op: 'notIn', values: ['X'] }, ['Beta Shop', 'Gamma Foods']],
      [{ field: 'tags', op: 'hasAll', values: ['vip', 'export'] }, ['Gamma Foods']],
      [{ field: 'tags', op: 'hasNone', values: ['vip'] }, ['Beta Shop']],
      [{ field: 'name', op: 'contains', value: 'SHOP' }, ['Beta Shop']],
      [{ field: 'createdAt', op: 'withinDays', days: 1 }, ['Alpha Retail', 'Beta Shop', 'Gamma Foods']],
      [{ field: 'lastChangeAt', op: 'withinDays', days: 1 }, ['Alpha Retail', 'Beta Shop', 'Gamma Foods']],
      [{ field: 'lastSaleAt', op: 'notWithinDays', days: 30 }, ['Alpha Retail', 'Beta Shop', 'Gamma Foods']],
      [{ field: 'createdAt', op: 'before', value: '2000-01-01' }, []],
      [{ all: [{ field: 'region', op: 'in', values: ['Kyiv'] }, { field: 'size', op: 'in', values: ['small'] }] }, ['Alpha Retail']],
      [{ field: 'responsibleId', op: 'in', values: [boris.id] }, []],
      [{ field: 'industry', op: 'in', values: ["x') or 1=1 --"] }, []],
    ];
    for (const [rules, expected] of cases) {
      const s = await save(anna, rules);
      expect(s.status, JSON.stringify(s.body)).toBe(201);
      expect(names(await members(anna, s.body.id)), JSON.stringify(rules)).toEqual(expected);
    }
  });

  it('refuses invalid rules with the path of the offending rule', async () => {
    const bad = await save(anna, { all: [{ field: 'status', op: 'in', values: ['bogus'] }] });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain('status');
    expect((await save(anna, { field: 'password', op: 'in', values: ['x'] })).status).toBe(422);
    expect((await save(anna, { field: 'status', op: 'in' })).status).toBe(422);
    let deep: unknown = { field: 'status', op: 'empty' };
    for (let i = 0; i < 8; i++) deep = { not: deep };
    expect((await save(anna, deep)).status).toBe(422);
  });

  it('only the owner or an admin changes a segment, under If-Match', async () => {
    const s = await save(anna, vipClients, 'Mine');
    const put = (who: Person, ifMatch: string, name: string) =>
      call(stack, 'PUT', `/segments/${s.body.id}`, { token: who.token, body: { name, rules: vipClients }, headers: { 'if-match': ifMatch } });
    expect((await put(boris, s.headers.get('etag')!, 'Stolen')).status).toBe(403);
    expect((await put(anna, 'W/"99"', 'Late')).status).toBe(412);
    const ok = await put(anna, s.headers.get('etag')!, 'Renamed');
    expect(ok.status).toBe(200);
    expect((await put(admin, ok.headers.get('etag')!, 'By admin')).status).toBe(200);
    const list = await call(stack, 'GET', '/segments', { token: boris.token });
    expect(list.body.items.map((x: { name: string }) => x.name)).toContain('By admin');
    const del = await call(stack, 'DELETE', `/segments/${s.body.id}`, { token: anna.token, headers: { 'if-match': 'W/"3"' } });
    expect(del.status).toBe(204);
    expect((await call(stack, 'GET', `/segments/${s.body.id}`, { token: anna.token })).status).toBe(404);
  });
});

describe('export to XLSX', () => {
  it('exports segment members and filtered lists within the export scope only', async () => {
    const s = await save(anna, vipClients, 'Export me');
    expect(await sheetNames(anna, `/segments/${s.body.id}/export`)).toEqual({ status: 200, names: ['Alpha Retail', 'Gamma Foods'] });
    expect((await sheetNames(admin, `/segments/${s.body.id}/export`)).names).toEqual(['Alpha Retail', 'Boris Client', 'Gamma Foods']);
    expect((await sheetNames(anna, '/counterparties/export?industry=Retail')).names).toEqual(['Alpha Retail', 'Beta Shop']);
    expect((await sheetNames(boris, '/counterparties/export')).names).toEqual(['Boris Client']);
    // Agents may read their clients but not export them.
    expect((await sheetNames(agent, '/counterparties/export')).status).toBe(403);
    expect((await sheetNames(anna, '/segments/999999/export')).status).toBe(404);
  });
});
