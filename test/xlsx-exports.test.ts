import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCounterparty, salesCast, type Person } from './support/clients.ts';
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
const dealIds: Record<string, number> = {};
const clientIds: Record<string, number> = {};

beforeAll(async () => {
  stack = await startStack({ worker: true });
  ({ admin, owner, head, member, outsider, marketer } = await salesCast(stack, 'South'));
  expect((await deployFixture(stack, owner.token, 'xl-review', fixture('inbox-review', { KEY: 'xl-review' }))).status).toBe(201);
  const mine = await newCounterparty(stack, member, { name: 'Dnipro Steel' });
  const theirs = await newCounterparty(stack, outsider, { name: 'Lviv Coffee' });
  for (const [who, client, title, amount] of [[member, mine, 'Rails', 1_250_050], [member, mine, 'Beams', 990_000], [outsider, theirs, 'Beans', 50_000]] as const) {
    const deal = await call(stack, 'POST', '/deals', { token: who.token, body: { title, counterpartyId: client.id, amount, currency: 'UAH' } });
    expect(deal.status, JSON.stringify(deal.body)).toBe(201);
    dealIds[title] = deal.body.id;
  }
  clientIds.mine = mine.id;
  clientIds.theirs = theirs.id;
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
    expect(records(deals['Угоди']!)).toEqual([expect.objectContaining({ 'Назва': 'Drills', 'Клієнт': 'Kharkiv Tools', 'Сума': 100, 'Валюта': 'UAH', 'Статус': 'Відкрита' })]);
    const funnel = await workbook(manager, `/analytics/funnel?manager=${manager.id}&format=xlsx`);
    expect(Object.keys(funnel)).toEqual(['Етапи', 'Прогноз', 'Відкриті угоди']);
    expect(funnel['Етапи']![0]).toEqual(expect.arrayContaining(['Етап', 'Угод увійшло', 'Конверсія в наступний, %']));
    // The shipped process's stages are named in Ukrainian too, as on the screen.
    expect(records(funnel['Етапи']!).map((r) => r['Етап'])).toEqual(['Нова', 'Кваліфікована', 'Пропозиція', 'Переговори', 'Виграна', 'Програна']);
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
    expect(rows.find((r) => r.Title === 'Rails')).toMatchObject({ Client: 'Dnipro Steel', Amount: 12_500.5, Currency: 'UAH', Status: 'Open', Responsible: expect.any(String), 'Created at': expect.any(Date) });
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

/** Ids of a JSON list, every page of it: what the workbook must hold. */
async function listedIds(who: Person, path: string): Promise<number[]> {
  const ids: number[] = [];
  let after: string | null = null;
  do {
    const sep: string = path.includes('?') ? '&' : '?';
    const answer = await call(stack, 'GET', `${path}${sep}limit=100${after ? `&after=${after}` : ''}`, { token: who.token });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    ids.push(...answer.body.items.map((i: { id: number }) => i.id));
    after = answer.body.nextCursor;
  } while (after);
  return ids;
}
const refused = async (who: Person | null, path: string) => (await fetch(`${stack.url}/api/v1${path}`, { headers: who ? { authorization: `Bearer ${who.token}` } : {} })).status;
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();

describe('shipments, contracts, the inbox and duplicate pairs as XLSX', () => {
  let uk: Person;
  let agent: Person;
  beforeAll(async () => {
    uk = await userWithRoles(stack, ['sales_manager']);
    agent = await userWithRoles(stack, ['agent']);
    await setLocale(uk, 'uk');
    const client = await newCounterparty(stack, uk, { name: 'Odesa Port' });
    const deal = await call(stack, 'POST', '/deals', { token: uk.token, body: { title: 'Cranes', counterpartyId: client.id, amount: 70_000, currency: 'UAH' } });
    expect(deal.status).toBe(201);
    dealIds.Cranes = deal.body.id;
    const product = await call(stack, 'POST', '/products', { token: uk.token, body: { sku: 'CRANE-1', name: 'Crane', unit: 'pcs' } });
    expect(product.status, JSON.stringify(product.body)).toBe(201);
    for (const [who, title, qty] of [[uk, 'Cranes', 3], [member, 'Rails', 2], [outsider, 'Beans', 1]] as const) {
      const s = await call(stack, 'POST', '/shipments', { token: who.token, body: { dealId: dealIds[title], lines: [{ productId: product.body.id, qty }], plannedAt: tomorrow(), notes: `${title} by road` } });
      expect(s.status, JSON.stringify(s.body)).toBe(201);
      const c = await call(stack, 'POST', '/contracts', { token: who.token, body: { number: `CTR-${title}`, dealId: dealIds[title], subject: `${title} supply`, validFrom: '2026-01-01', validTo: '2099-12-31' } });
      expect(c.status, JSON.stringify(c.body)).toBe(201);
    }
    for (const [who, text] of [[uk, 'Call the port'], [member, 'Send rails drawings'], [outsider, 'Beans tasting']] as const) {
      expect((await call(stack, 'POST', '/reminders', { token: who.token, body: { at: tomorrow(), text } })).status).toBe(201);
    }
  });

  it('shipments: a Ukrainian manager gets Ukrainian headers and states, with deal, client and goods by name', async () => {
    const book = await workbook(uk, '/shipments?format=xlsx');
    expect(Object.keys(book)).toEqual(['Відвантаження']);
    expect(book['Відвантаження']![0]).toEqual(['Відвантаження', 'Угода', 'Клієнт', 'Товари', 'Заплановано на', 'Стан', 'Прострочено', 'Відвантажено', 'Відповідальний', 'Примітки']);
    const rows = records(book['Відвантаження']!);
    expect(rows).toEqual([expect.objectContaining({ 'Угода': 'Cranes', 'Клієнт': 'Odesa Port', 'Товари': 'Crane × 3', 'Стан': 'Заплановано', 'Прострочено': null, 'Примітки': 'Cranes by road' })]);
    expect(rows.map((r) => r['Відвантаження'])).toEqual(await listedIds(uk, '/shipments'));
  });

  it('shipments: each exports what their list shows, with its filters; roles without sales access are refused', async () => {
    for (const who of [member, outsider, head, admin, marketer]) {
      const rows = records((await workbook(who, '/shipments?limit=1&format=xlsx')).Shipments!);
      expect(rows.map((r) => r.Shipment)).toEqual(await listedIds(who, '/shipments'));
    }
    expect(records((await workbook(member, '/shipments?format=xlsx')).Shipments!).map((r) => r.Deal)).toEqual(['Rails']);
    expect(records((await workbook(head, '/shipments?format=xlsx')).Shipments!).map((r) => r.Deal)).toEqual(['Rails']);
    expect(records((await workbook(admin, `/shipments?dealId=${dealIds.Beans}&format=xlsx`)).Shipments!).map((r) => r.Deal)).toEqual(['Beans']);
    expect(records((await workbook(member, '/shipments?state=shipped&format=xlsx')).Shipments!)).toEqual([]);
    expect(await refused(owner, '/shipments?format=xlsx')).toBe(403);
    expect(await refused(agent, '/shipments?format=xlsx')).toBe(403);
    expect(await refused(null, '/shipments?format=xlsx')).toBe(401);
  });

  it('contracts: Ukrainian headers for a Ukrainian account; each gets their reach and filter; others are refused', async () => {
    const book = await workbook(uk, '/contracts?format=xlsx');
    expect(book['Договори']![0]).toEqual(['Номер', 'Предмет', 'Угода', 'Клієнт', 'Діє з', 'Діє до', 'Залишилось днів', 'Нагадати за, днів', 'Діє', 'Відповідальний']);
    expect(records(book['Договори']!)).toEqual([expect.objectContaining({ 'Номер': 'CTR-Cranes', 'Угода': 'Cranes', 'Клієнт': 'Odesa Port', 'Діє': 'так', 'Нагадати за, днів': 30 })]);
    const mine = records((await workbook(member, '/contracts?format=xlsx')).Contracts!);
    expect(mine.map((r) => r.Number)).toEqual(['CTR-Rails']);
    const all = records((await workbook(admin, '/contracts?limit=1&format=xlsx')).Contracts!);
    expect(all.map((r) => r.Number)).toEqual(expect.arrayContaining(['CTR-Rails', 'CTR-Beans', 'CTR-Cranes']));
    expect(all).toHaveLength((await listedIds(admin, '/contracts')).length);
    const filtered = records((await workbook(admin, `/contracts?counterpartyId=${clientIds.theirs}&format=xlsx`)).Contracts!);
    expect(filtered.map((r) => [r.Number, r.Client])).toEqual([['CTR-Beans', 'Lviv Coffee']]);
    expect(await refused(owner, '/contracts?format=xlsx')).toBe(403);
    expect(await refused(agent, '/contracts?format=xlsx')).toBe(403);
  });

  it('inbox: the view as listed, in the account language; nobody else’s items; a bad view is refused with its field', async () => {
    const json = await call(stack, 'GET', '/inbox?view=mine', { token: uk.token });
    const rows = records((await workbook(uk, '/inbox?view=mine&format=xlsx'))['Вхідні']!);
    expect(rows.map((r) => r['Назва'])).toEqual(json.body.items.map((i: { title: string }) => i.title));
    expect(rows).toContainEqual(expect.objectContaining({ 'Вид': 'Нагадування', 'Назва': 'Call the port', 'Деталі': 'Нагадування' }));
    const memberRows = records((await workbook(member, '/inbox?view=mine&sort=priority&format=xlsx')).Inbox!);
    const memberJson = await call(stack, 'GET', '/inbox?view=mine&sort=priority', { token: member.token });
    expect(memberRows.map((r) => r.Title)).toEqual(memberJson.body.items.map((i: { title: string }) => i.title));
    expect(memberRows.map((r) => r.Title)).toContain('Send rails drawings');
    expect(memberRows.map((r) => r.Title)).not.toContain('Beans tasting');
    expect(records((await workbook(member, '/inbox?view=delegated&format=xlsx')).Inbox!)).toEqual([]);
    expect(await refused(null, '/inbox?format=xlsx')).toBe(401);
    const bad = await call(stack, 'GET', '/inbox?view=everyone&format=xlsx', { token: member.token });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('query.view');
  });

  it('duplicate pairs: within the export reach, in the browser’s language; an agent may not export them', async () => {
    const twin = await newCounterparty(stack, member, { name: 'Dnipro Steel Ltd', phones: [{ number: '+380 56 700 1122' }] });
    await newCounterparty(stack, member, { name: 'Steel of Dnipro', phones: [{ number: '+380 56 700 1122' }] });
    const rows = records((await workbook(member, '/duplicates?format=xlsx', { 'accept-language': 'sk' })).Duplicity!);
    const json = await call(stack, 'GET', '/duplicates?limit=1000', { token: member.token });
    expect(rows.map((r) => [r['Id klienta'], r['Podobá sa na: id']])).toEqual(json.body.items.map((p: { a: { id: number }; b: { id: number } }) => [p.a.id, p.b.id]));
    expect(rows).toContainEqual(expect.objectContaining({ 'Podobá sa na': 'Steel of Dnipro', 'Prečo': expect.stringContaining('rovnaký telefón') }));
    expect(rows.some((r) => r['Id klienta'] === twin.id || r['Podobá sa na: id'] === twin.id)).toBe(true);
    const theirs = records((await workbook(outsider, '/duplicates?format=xlsx')).Duplicates!);
    expect(theirs.flatMap((r) => [r.Client, r['Looks like']])).not.toContain('Steel of Dnipro');
    expect(theirs).toHaveLength((await call(stack, 'GET', '/duplicates?limit=1000', { token: outsider.token })).body.items.length);
    const everyone = records((await workbook(admin, '/duplicates?format=xlsx')).Duplicates!);
    expect(everyone.flatMap((r) => [r.Client, r['Looks like']])).toContain('Steel of Dnipro');
    expect(await refused(agent, '/duplicates?format=xlsx')).toBe(403);
  });

  it('the client list speaks the account language, and its export imports back with every column recognised', async () => {
    const book = await workbook(uk, '/counterparties/export');
    expect(Object.keys(book)).toEqual(['Клієнти']);
    expect(book['Клієнти']![0]!.slice(0, 6)).toEqual(['Id', 'Тип', 'Назва', 'Повна юридична назва', 'Код ЄДРПОУ / ІПН', 'Телефони']);
    expect(records(book['Клієнти']!).map((r) => r['Назва'])).toEqual(['Odesa Port']);
    const en = await workbook(member, '/counterparties/export');
    expect(en.Clients![0]!.slice(0, 3)).toEqual(['Id', 'Kind', 'Name']);
    const file = await fetch(`${stack.url}/api/v1/counterparties/export`, { headers: { authorization: `Bearer ${uk.token}` } });
    const upload = await fetch(`${stack.url}/api/v1/counterparties/imports?fileName=clients-uk.xlsx`, {
      method: 'POST',
      headers: { authorization: `Bearer ${uk.token}`, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      body: Buffer.from(await file.arrayBuffer()),
    });
    expect(upload.status).toBe(201);
    expect(((await upload.json()) as { suggestedMapping: unknown }).suggestedMapping).toEqual({ 'Тип': 'kind', 'Назва': 'name', 'Повна юридична назва': 'legalName', 'Код ЄДРПОУ / ІПН': 'taxId', 'Телефони': 'phones', 'E-mail адреси': 'emails', 'Вебсайт': 'website', 'Галузь': 'industry', 'Регіон': 'region', 'Розмір': 'size', 'Статус': 'status', 'Джерело': 'source', 'Мітки': 'tags' });
    expect(await refused(agent, '/counterparties/export')).toBe(403);
  });
});

describe('leads and process instances as XLSX, in words', () => {
  it('leads: a Ukrainian manager gets their own and unassigned leads with channel and status in words; another manager’s stay out', async () => {
    const uk = await userWithRoles(stack, ['sales_manager']);
    await setLocale(uk, 'uk');
    for (const [who, name] of [[uk, 'Kherson Bakery'], [outsider, 'Sumy Mill']] as const) {
      const lead = await call(stack, 'POST', '/leads', { token: who.token, body: { companyName: name, phone: '+380 67 123 45 67', responsibleId: who.id } });
      expect(lead.status, JSON.stringify(lead.body)).toBe(201);
    }
    const rows = records((await workbook(uk, '/leads?status=new&format=xlsx'))['Ліди']!);
    expect(rows).toContainEqual(expect.objectContaining({ 'Компанія': 'Kherson Bakery', 'Канал': 'Вручну', 'Статус': 'Новий', 'Надійшов': expect.any(Date) }));
    expect(rows.map((r) => r['Компанія'])).not.toContain('Sumy Mill');
    expect(await refused(await userWithRoles(stack, ['agent']), '/leads?format=xlsx')).toBe(403);
  });

  it('instances: the process, the current step, the client and who started it by name, the start as a date', async () => {
    const client = await newCounterparty(stack, member, { name: 'Named Instance Ltd' });
    const started = await call(stack, 'POST', '/process-instances', {
      token: member.token,
      body: { key: 'xl-review', record: { type: 'client', id: String(client.id) }, variables: { assignee: member.email, due: null, priority: 50, escalateAfter: 'PT1H', offer: 'O-9' } },
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const row = async () => records((await workbook(admin, '/process-instances?format=xlsx')).Instances!).find((r) => r.Instance === started.body.workflowId);
    await expect.poll(async () => (await row())?.['Current steps'], { timeout: 20_000 }).toBe('Review the offer');
    expect(await row()).toMatchObject({ Process: 'Offer review', State: 'Active', Record: 'Named Instance Ltd', 'Started by': expect.stringMatching(/^User \d+$/), 'Started at': expect.any(Date) });
  });
});

describe('incoming requests, accounts and processes as XLSX', () => {
  it('requests: the addressee’s and registrar’s requests in their language; a stranger’s stay out', async () => {
    const taker = await userWithRoles(stack, ['sales_manager']);
    await setLocale(taker, 'uk');
    const mine = await call(stack, 'POST', '/incoming-requests', { token: taker.token, body: { from: 'Olha from Kvitka', channel: 'phone', text: 'Call back about the ovens', addressee: { userId: member.id } } });
    expect(mine.status, JSON.stringify(mine.body)).toBe(201);
    const rows = records((await workbook(taker, '/incoming-requests?format=xlsx'))['Вхідні звернення']!);
    expect(rows).toEqual([expect.objectContaining({ 'Від кого': 'Olha from Kvitka', 'Канал': 'Телефон', 'Звернення': 'Call back about the ovens', 'Надійшов': expect.any(Date) })]);
    expect(records((await workbook(outsider, '/incoming-requests?format=xlsx'))['Incoming requests']!).map((r) => r.From)).not.toContain('Olha from Kvitka');
  });

  it('accounts: admins get every account with roles in words; nobody else', async () => {
    const rows = records((await workbook(admin, '/users/accounts?format=xlsx')).Users!);
    expect(rows).toContainEqual(expect.objectContaining({ 'E-mail': member.email, Roles: 'Sales manager', Team: 'South', Active: 'yes' }));
    expect(await refused(head, '/users/accounts?format=xlsx')).toBe(403);
  });

  it('processes: every key with its active version', async () => {
    const rows = records((await workbook(owner, '/process-definitions?format=xlsx')).Processes!);
    expect(rows).toContainEqual({ Process: 'Offer review', Key: 'xl-review', 'Active version': 1, Versions: 1 });
  });
});
