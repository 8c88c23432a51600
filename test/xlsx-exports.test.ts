import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCounterparty, teamOf, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { deployFixture, fixture } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';
import { downloadWorkbook, records } from './support/xlsx.ts';

/**
 * Workbooks speak the asker's language (account locale, else Accept-Language, else English),
 * and the deals list and plan-against-actual tables export with the JSON endpoints' reach.
 */
let stack: Stack;
let admin: Person, owner: Person, head: Person, member: Person, outsider: Person, marketer: Person;
const period = '2026-11';

beforeAll(async () => {
  stack = await startStack({ worker: true });
  admin = await userWithRoles(stack, ['admin']);
  owner = await userWithRoles(stack, ['process_owner']);
  head = await userWithRoles(stack, ['head_of_sales']);
  member = await userWithRoles(stack, ['sales_manager']);
  outsider = await userWithRoles(stack, ['sales_manager']);
  marketer = await userWithRoles(stack, ['marketer']);
  await teamOf(stack, admin, 'South', head, [member]);
  expect((await deployFixture(stack, owner.token, 'xl-review', fixture('inbox-review', { KEY: 'xl-review' }))).status).toBe(201);
  const mine = await newCounterparty(stack, member, { name: 'Dnipro Steel' });
  const theirs = await newCounterparty(stack, outsider, { name: 'Lviv Coffee' });
  for (const [who, client, title, amount] of [[member, mine, 'Rails', 1_250_050], [member, mine, 'Beams', 990_000], [outsider, theirs, 'Beans', 50_000]] as const) {
    const deal = await call(stack, 'POST', '/deals', { token: who.token, body: { title, counterpartyId: client.id, amount, currency: 'UAH' } });
    expect(deal.status, JSON.stringify(deal.body)).toBe(201);
  }
  const plan = await call(stack, 'POST', '/sales/plans', { token: head.token, body: { userId: member.id, period, currency: 'UAH', amountWon: 5_000_000, dealsWon: 4, interactionsDone: 20 } });
  expect(plan.status, JSON.stringify(plan.body)).toBe(201);
});
afterAll(async () => {
  await stack?.stop();
});

const workbook = (who: Person, path: string, headers: Record<string, string> = {}) => downloadWorkbook(stack, who.token, path, headers);
const setLocale = async (who: Person, locale: string) => expect((await call(stack, 'PATCH', '/auth/me', { token: who.token, body: { locale } })).status).toBe(200);

describe('headers and sheet names in the asker’s language', () => {
  it('a Ukrainian account gets Ukrainian sheets and headers, whatever the browser says', async () => {
    const uk = await userWithRoles(stack, ['process_owner']);
    await setLocale(uk, 'uk');
    const stats = await workbook(uk, '/process-definitions/xl-review/statistics?format=xlsx', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(Object.keys(stats)).toEqual(['Кроки']);
    expect(stats['Кроки']![0]).toEqual(['Крок', 'Id вузла', 'Тип', 'Увійшло', 'Пройшло', 'Відкрито зараз', 'Середній час, год', 'Час p90, год', 'Зі строком', 'SLA порушено']);
    const instances = await workbook(uk, '/process-instances?format=xlsx');
    expect(instances['Екземпляри']![0]).toEqual(expect.arrayContaining(['Екземпляр', 'Процес', 'Версія', 'Стан', 'Запущено']));
  });

  it('a Ukrainian manager’s deals, funnel and ABC/XYZ workbooks are Ukrainian too', async () => {
    const manager = await userWithRoles(stack, ['sales_manager']);
    await setLocale(manager, 'uk');
    const client = await newCounterparty(stack, manager, { name: 'Kharkiv Tools' });
    expect((await call(stack, 'POST', '/deals', { token: manager.token, body: { title: 'Drills', counterpartyId: client.id, amount: 10_000, currency: 'UAH' } })).status).toBe(201);
    const deals = await workbook(manager, '/deals?format=xlsx');
    expect(records(deals['Угоди']!)).toEqual([expect.objectContaining({ 'Назва': 'Drills', 'Клієнт': 'Kharkiv Tools', 'Сума': 100, 'Валюта': 'UAH' })]);
    const funnel = await workbook(manager, `/analytics/funnel?manager=${manager.id}&format=xlsx`);
    expect(Object.keys(funnel)).toEqual(['Етапи', 'Прогноз', 'Відкриті угоди']);
    expect(funnel['Етапи']![0]).toEqual(expect.arrayContaining(['Етап', 'Угод увійшло', 'Конверсія в наступний, %']));
    const abc = await workbook(manager, '/analyses/abc-xyz?from=2026-01-01&to=2026-06-30&format=xlsx');
    expect(Object.keys(abc)).toEqual(['Матриця', 'Клієнти']);
    expect(abc['Матриця']![0]).toEqual(['ABC', 'X: клієнтів', 'X: усього виручки', 'Y: клієнтів', 'Y: усього виручки', 'Z: клієнтів', 'Z: усього виручки']);
  });

  it('without an account language the browser’s decides; without either, English', async () => {
    const ru = await workbook(owner, '/process-definitions/xl-review/statistics?format=xlsx', { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' });
    expect(Object.keys(ru)).toEqual(['Шаги']);
    const sk = await workbook(owner, '/process-definitions/xl-review/statistics?format=xlsx', { 'accept-language': 'de-DE, sk;q=0.8' });
    expect(sk.Kroky![0]![0]).toBe('Krok');
    const en = await workbook(owner, '/process-definitions/xl-review/statistics?format=xlsx');
    expect(en.Steps![0]![0]).toBe('Step');
    const unknown = await workbook(owner, '/process-definitions/xl-review/statistics?format=xlsx', { 'accept-language': 'de-DE' });
    expect(Object.keys(unknown)).toEqual(['Steps']);
  });
});

describe('the deals list as XLSX', () => {
  it('a manager exports only their deals, every page of them, with the list’s filters', async () => {
    const json = await call(stack, 'GET', '/deals?limit=1', { token: member.token });
    expect(json.body.nextCursor).not.toBeNull();
    const rows = records((await workbook(member, '/deals?limit=1&format=xlsx')).Deals!);
    expect(rows.map((r) => r.Title).sort()).toEqual(['Beams', 'Rails']);
    expect(rows.find((r) => r.Title === 'Rails')).toMatchObject({ Client: 'Dnipro Steel', Amount: 12_500.5, Currency: 'UAH', Status: 'open', Responsible: expect.any(String) });
    const theirs = records((await workbook(outsider, '/deals?format=xlsx')).Deals!);
    expect(theirs.map((r) => r.Title)).toEqual(['Beans']);
    const none = records((await workbook(member, '/deals?status=won&format=xlsx')).Deals!);
    expect(none).toEqual([]);
  });

  it('a head of sales gets the team’s deals; strangers and bad formats are refused', async () => {
    const team = records((await workbook(head, '/deals?format=xlsx')).Deals!);
    expect(team.map((r) => r.Title).sort()).toEqual(['Beams', 'Rails']);
    expect((await fetch(`${stack.url}/api/v1/deals?format=xlsx`)).status).toBe(401);
    const bad = await call(stack, 'GET', '/deals?format=csv', { token: member.token });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('query.format');
  });
});

describe('plan against actual as XLSX', () => {
  it('a manager’s workbook holds their own row with the plan set for them', async () => {
    const rows = records((await workbook(member, `/sales/performance?period=${period}&format=xlsx`))['Plan vs actual']!);
    expect(rows).toEqual([expect.objectContaining({ Currency: 'UAH', 'Plan: amount won': 50_000, 'Actual: amount won': 0, 'Plan: deals won': 4, 'Actual: deals won': 0, 'Plan: interactions': 20, 'Deals, % of plan': 0 })]);
  });

  it('another manager’s figures are refused to a manager; a head gets the team, a marketer nothing', async () => {
    const foreign = await fetch(`${stack.url}/api/v1/sales/performance?period=${period}&manager=${member.id}&format=xlsx`, { headers: { authorization: `Bearer ${outsider.token}` } });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('content-type')).toContain('application/problem+json');
    const outsiderOnly = records((await workbook(outsider, `/sales/performance?period=${period}&format=xlsx`))['Plan vs actual']!);
    expect(outsiderOnly).toHaveLength(1);
    expect(outsiderOnly[0]!['Plan: amount won']).toBeNull();
    const team = records((await workbook(head, `/sales/performance?period=${period}&format=xlsx`))['Plan vs actual']!);
    expect(team.length).toBeGreaterThanOrEqual(1);
    expect(team.some((r) => r['Plan: deals won'] === 4)).toBe(true);
    const readOnly = await fetch(`${stack.url}/api/v1/sales/performance?period=${period}&format=xlsx`, { headers: { authorization: `Bearer ${marketer.token}` } });
    expect(readOnly.status).toBe(403);
  });
});
