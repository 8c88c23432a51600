import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamSchema, UserSchema } from '../domain/access/index.ts';
import { CounterpartySchema } from '../domain/clients/index.ts';
import { b64 } from './support/docx.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let manager: { token: string; id: number };
let analyst: { token: string };
let agent: { token: string };
let productId: number;
const year = new Date().getUTCFullYear();

beforeAll(async () => {
  stack = await startStack();
  manager = await userWithRoles(stack, ['sales_manager']);
  analyst = await userWithRoles(stack, ['analyst']);
  agent = await userWithRoles(stack, ['agent']);
  const product = await call(stack, 'POST', '/products', { token: manager.token, body: { sku: 'BOOK-1', name: 'Handbook', unit: 'pcs', taxRatePercent: 7 } });
  productId = product.body.id;
  await call(stack, 'POST', `/products/${productId}/prices`, { token: manager.token, body: { currency: 'UAH', amount: 25_000, validFrom: '2020-01-01' } });
});
afterAll(async () => {
  await stack?.stop();
});

/** windows-1251 bytes of a text (Cyrillic letters, №, ASCII), as 1C writes its files. */
function cp1251(text: string): Buffer {
  const special: Record<string, number> = { Ё: 0xa8, ё: 0xb8, І: 0xb2, і: 0xb3, Ї: 0xaf, ї: 0xbf, Є: 0xaa, є: 0xba, Ґ: 0xa5, ґ: 0xb4, '№': 0xb9 };
  return Buffer.from([...text].map((ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return code;
    if (special[ch] !== undefined) return special[ch]!;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    throw new Error(`no cp1251 for ${ch}`);
  }));
}

async function issuedInvoice(body: Record<string, unknown>) {
  const draft = await call(stack, 'POST', '/invoices', { token: manager.token, body: { currency: 'UAH', lines: [{ name: 'Service', qty: 1, unitPrice: 100_000 }], ...body } });
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  const issued = await call(stack, 'POST', `/invoices/${draft.body.id}/issue`, { token: manager.token, headers: { 'if-match': draft.headers.get('etag')! } });
  expect(issued.status, JSON.stringify(issued.body)).toBe(200);
  return issued.body;
}

const invoice = async (id: number) => (await call(stack, 'GET', `/invoices/${id}`, { token: analyst.token })).body;

describe('invoices', () => {
  it('prices lines from the catalogue and computes taxes and totals on the server', async () => {
    const body = {
      currency: 'UAH', buyerName: 'Buyer Ltd', buyerTaxId: '30000001',
      lines: [{ productId, qty: 3, discountPercent: 10 }, { name: 'Delivery', unit: 'svc', qty: 1, unitPrice: 10_000 }],
    };
    const draft = await call(stack, 'POST', '/invoices', { token: manager.token, body, headers: { 'idempotency-key': 'inv-1' } });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    // 3 x 250.00 less 10 % = 675.00 + VAT 7 % 47.25; delivery 100.00 + VAT 20 % 20.00
    expect(draft.body).toMatchObject({ status: 'draft', number: null, netTotal: 77_500, taxTotal: 6725, total: 84_225, outstanding: 84_225 });
    expect(draft.body.lines[0]).toMatchObject({ name: 'Handbook', unitPrice: 25_000, discountPercent: 10, taxRatePercent: 7, net: 67_500, tax: 4725 });
    const replay = await call(stack, 'POST', '/invoices', { token: manager.token, body, headers: { 'idempotency-key': 'inv-1' } });
    expect(replay.status).toBe(200);
    expect(replay.body.id).toBe(draft.body.id);

    const unpriced = await call(stack, 'POST', '/invoices', { token: manager.token, body: { currency: 'EUR', buyerName: 'X', lines: [{ productId, qty: 1 }] } });
    expect(unpriced.status).toBe(422);
    expect(unpriced.body.errors[0].field).toBe('body.lines.0.unitPrice');

    expect((await call(stack, 'POST', `/invoices/${draft.body.id}/issue`, { token: manager.token })).status).toBe(428);
    const issued = await call(stack, 'POST', `/invoices/${draft.body.id}/issue`, { token: manager.token, headers: { 'if-match': draft.headers.get('etag')! } });
    expect(issued.body).toMatchObject({ status: 'issued', number: `INV-${year}-00001` });
    const stale = await call(stack, 'PUT', `/invoices/${draft.body.id}`, { token: manager.token, body, headers: { 'if-match': draft.headers.get('etag')! } });
    expect(stale.status).toBe(412);
  });

  it('shows an issued invoice past its due date as overdue', async () => {
    const late = await issuedInvoice({ buyerName: 'Late Payer', dueDate: '2020-01-31' });
    expect(late.status).toBe('overdue');
    const list = await call(stack, 'GET', '/invoices?status=overdue', { token: analyst.token });
    expect(list.body.items.map((i: { id: number }) => i.id)).toEqual([late.id]);
  });

  it('takes partial payments and overpayment entered by hand', async () => {
    const inv = await issuedInvoice({ buyerName: 'Partial Co' });
    expect(inv.total).toBe(120_000);
    const pay = (amount: number, key: string) =>
      call(stack, 'POST', '/payments', { token: manager.token, body: { amount, currency: 'UAH', paidOn: '2026-11-20', invoiceId: inv.id }, headers: { 'idempotency-key': key } });
    expect((await pay(50_000, 'p1')).status).toBe(201);
    expect((await pay(50_000, 'p1')).status).toBe(200);
    expect(await invoice(inv.id)).toMatchObject({ status: 'partially_paid', paidTotal: 50_000, outstanding: 70_000 });
    await pay(80_000, 'p2');
    expect(await invoice(inv.id)).toMatchObject({ status: 'paid', paidTotal: 130_000, outstanding: 0, overpaid: 10_000 });
    const payments = await call(stack, 'GET', `/invoices/${inv.id}/payments`, { token: analyst.token });
    expect(payments.body.items).toHaveLength(2);
  });
});

describe('invoices for a counterparty', () => {
  it('takes the buyer from the client card, refuses an unknown client, and links the matched payment to the client', async () => {
    const em = stack.orm.em.fork();
    const client = em.create(CounterpartySchema, {
      kind: 'company', name: 'Delta', legalName: 'ТОВ "Дельта"', relationships: ['client'], taxId: '44444444', registrationIds: [],
      addresses: [{ kind: 'legal', text: 'Київ, вул. Хрещатик, 1' }], phones: [], emails: [], messengers: [], tags: [], responsibleId: manager.id,
    });
    await em.flush();
    const inv = await issuedInvoice({ counterpartyId: client.id });
    expect(inv).toMatchObject({ counterpartyId: client.id, buyerName: 'ТОВ "Дельта"', buyerTaxId: '44444444', buyerAddress: 'Київ, вул. Хрещатик, 1' });
    const unknown = await call(stack, 'POST', '/invoices', { token: manager.token, body: { currency: 'UAH', counterpartyId: 999_999, lines: [{ name: 'x', qty: 1, unitPrice: 1 }] } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe('body.counterpartyId');
    const noBuyer = await call(stack, 'POST', '/invoices', { token: manager.token, body: { currency: 'UAH', lines: [{ name: 'x', qty: 1, unitPrice: 1 }] } });
    expect(noBuyer.body.errors[0].field).toBe('body.buyerName');

    const csv = `date,number,amount,payerTaxId,purpose\n2026-11-25,7001,1200.00,44444444,${inv.number}\n`;
    const imported = await call(stack, 'POST', '/payments/imports', { token: manager.token, body: { format: 'csv', contentBase64: b64(Buffer.from(csv)) } });
    expect(imported.body.payments[0]).toMatchObject({ invoiceId: inv.id, counterpartyId: client.id, matchScore: 100 });
  });
});

describe('only my clients', () => {
  it("hides another manager's client's invoices and payments, shows them to the team's head and to analysts", async () => {
    const other = await userWithRoles(stack, ['sales_manager']);
    const head = await userWithRoles(stack, ['head_of_sales']);
    const em = stack.orm.em.fork();
    const team = em.create(TeamSchema, { name: 'East', headId: head.id });
    await em.flush();
    await em.nativeUpdate(UserSchema, { id: { $in: [manager.id, head.id] } }, { teamId: team.id });
    const client = em.create(CounterpartySchema, {
      kind: 'company', name: 'Epsilon', relationships: ['client'], registrationIds: [], addresses: [], phones: [], emails: [], messengers: [], tags: [],
      responsibleId: manager.id, teamId: team.id,
    });
    await em.flush();
    const inv = await issuedInvoice({ counterpartyId: client.id });
    const mine = (token: string) => call(stack, 'GET', `/invoices/${inv.id}`, { token });
    expect((await mine(manager.token)).status).toBe(200);
    expect((await mine(head.token)).status).toBe(200);
    expect((await mine(analyst.token)).status).toBe(200);
    expect((await mine(other.token)).status).toBe(404);
    const list = await call(stack, 'GET', '/invoices?limit=200', { token: other.token });
    expect(list.body.items.map((i: { id: number }) => i.id)).not.toContain(inv.id);
    expect(list.body.items.length).toBeGreaterThan(0);
    expect((await call(stack, 'POST', `/invoices/${inv.id}/cancel`, { token: other.token, headers: { 'if-match': `W/"${inv.version}"` } })).status).toBe(404);
    const foreign = await call(stack, 'POST', '/invoices', { token: other.token, body: { currency: 'UAH', counterpartyId: client.id, lines: [{ name: 'x', qty: 1, unitPrice: 1 }] } });
    expect(foreign.status).toBe(422);
    const payments = await call(stack, 'GET', '/payments?limit=200', { token: other.token });
    expect(payments.body.items.every((p: { counterpartyId: number | null }) => p.counterpartyId === null)).toBe(true);
  });
});

describe('bank statement import', () => {
  it('imports CSV, matches by number, amount and payer, keeps the rest unmatched, and never doubles a payment', async () => {
    const a = await issuedInvoice({ buyerName: 'Alpha', buyerTaxId: '11111111' });
    const b = await issuedInvoice({ buyerName: 'Beta', buyerTaxId: '22222222' });
    const csv = [
      'Date;Doc;Sum;Payer;PayerCode;Account;Details',
      `21.11.2026;501;400,00;Alpha;11111111;UA01;Payment for invoice ${a.number}, part`,
      `21.11.2026;502;1200,00;Beta;22222222;UA02;for services`,
      `22.11.2026;503;77,00;Stranger;99999999;UA03;donation`,
    ].join('\n');
    const body = { format: 'csv', contentBase64: b64(Buffer.from(csv)), columns: { date: 'Date', number: 'Doc', amount: 'Sum', payerName: 'Payer', payerTaxId: 'PayerCode', payerAccount: 'Account', purpose: 'Details' } };
    const first = await call(stack, 'POST', '/payments/imports', { token: manager.token, body });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ total: 3, created: 3, duplicates: 0, matched: 2, unmatched: 1, encoding: 'utf-8' });
    expect(first.body.payments.map((p: { invoiceId: number | null; matchScore: number | null }) => [p.invoiceId, p.matchScore])).toEqual([[a.id, 75], [b.id, 40], [null, null]]);
    expect(await invoice(a.id)).toMatchObject({ status: 'partially_paid', paidTotal: 40_000 });
    expect(await invoice(b.id)).toMatchObject({ status: 'paid' });

    const again = await call(stack, 'POST', '/payments/imports', { token: manager.token, body });
    expect(again.body).toMatchObject({ total: 3, created: 0, duplicates: 3 });
    expect(await invoice(a.id)).toMatchObject({ paidTotal: 40_000 });

    const unmatched = await call(stack, 'GET', '/payments?unmatched=true', { token: analyst.token });
    expect(unmatched.body.items.map((p: { bankDocNumber: string }) => p.bankDocNumber)).toEqual(['503']);
    const stray = unmatched.body.items[0];
    const assign = (token: string, etag = `W/"${stray.version}"`) => call(stack, 'POST', `/payments/${stray.id}/assign`, { token, body: { invoiceId: a.id }, headers: { 'if-match': etag } });
    expect((await assign(analyst.token)).status).toBe(403);
    const assigned = await assign(manager.token);
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    expect(assigned.body.invoiceId).toBe(a.id);
    expect(await invoice(a.id)).toMatchObject({ paidTotal: 47_700 });
    expect((await assign(manager.token, assigned.headers.get('etag')!)).status).toBe(409);
    expect((await call(stack, 'GET', '/payments?unmatched=true', { token: analyst.token })).body.items).toEqual([]);

    const undo = await call(stack, 'POST', `/payments/${stray.id}/unassign`, { token: manager.token, headers: { 'if-match': assigned.headers.get('etag')! } });
    expect(undo.status, JSON.stringify(undo.body)).toBe(200);
    expect(await invoice(a.id)).toMatchObject({ paidTotal: 40_000, status: 'partially_paid' });
    expect((await call(stack, 'GET', '/payments?unmatched=true', { token: analyst.token })).body.items.map((p: { id: number }) => p.id)).toEqual([stray.id]);
  });

  it('imports a 1C ClientBankExchange file in windows-1251 and matches by invoice number', async () => {
    const c = await issuedInvoice({ buyerName: 'ТОВ Гамма', buyerTaxId: '33333333' });
    const file = [
      '1CClientBankExchange', 'ВерсияФормата=1.03', 'Кодировка=Windows', 'РасчСчет=UA99',
      'СекцияДокумент=Платежное поручение', 'Номер=1001', 'Дата=23.11.2026', 'Сумма=1200.00', 'ПлательщикСчет=UA33', 'Плательщик=ТОВ Гамма',
      'ПлательщикИНН=33333333', 'ПолучательСчет=UA99', `НазначениеПлатежа=Оплата згідно рахунку № ${c.number}`, 'КонецДокумента',
      'КонецФайла',
    ].join('\r\n');
    const answer = await call(stack, 'POST', '/payments/imports', { token: manager.token, body: { format: '1c', contentBase64: b64(cp1251(file)), account: 'UA99' } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body).toMatchObject({ encoding: 'windows-1251', created: 1, matched: 1 });
    expect(answer.body.payments[0]).toMatchObject({ payerName: 'ТОВ Гамма', invoiceId: c.id, matchScore: 100, source: '1c', purpose: `Оплата згідно рахунку № ${c.number}` });
    expect(await invoice(c.id)).toMatchObject({ status: 'paid' });
  });

  it('stores each payment once when the same file is imported twice at the same moment', async () => {
    const csv = 'date,number,amount,payerAccount,purpose\n2026-11-24,9001,10.00,UA77,x\n2026-11-24,9002,20.00,UA77,y\n';
    const body = { format: 'csv', contentBase64: b64(Buffer.from(csv)) };
    const [one, two] = await Promise.all([1, 2].map(() => call(stack, 'POST', '/payments/imports', { token: manager.token, body })));
    expect([one!.status, two!.status]).toEqual([201, 201]);
    expect(one!.body.created + two!.body.created).toBe(2);
    expect(one!.body.duplicates + two!.body.duplicates).toBe(2);
  });

  it('refuses a malformed file with the line number and imports nothing from it', async () => {
    const before = (await call(stack, 'GET', '/payments?limit=200', { token: analyst.token })).body.items.length;
    const file = [
      '1CClientBankExchange',
      'СекцияДокумент=Платежное поручение', 'Номер=2001', 'Дата=24.11.2026', 'Сумма=10.00', 'КонецДокумента',
      'СекцияДокумент=Платежное поручение', 'Номер=2002', 'Дата=24.11.2026', 'Сумма=десять', 'КонецДокумента',
    ].join('\n');
    const bad = await call(stack, 'POST', '/payments/imports', { token: manager.token, body: { format: '1c', contentBase64: b64(Buffer.from(file)) } });
    expect(bad.status).toBe(422);
    expect(bad.type).toContain('application/problem+json');
    expect(bad.body.errors[0]).toMatchObject({ code: 'bank_file.malformed', params: { line: 10 } });
    expect(bad.body.detail).toMatch(/^Line 10:/);
    const badCsv = await call(stack, 'POST', '/payments/imports', { token: manager.token, body: { format: 'csv', contentBase64: b64(Buffer.from('date,amount\n2026-11-01,5\n2026-11-02,-3\n')) } });
    expect(badCsv.body.errors[0].params.line).toBe(3);
    expect((await call(stack, 'GET', '/payments?limit=200', { token: analyst.token })).body.items.length).toBe(before);
  });

  it('denies writes to marketers and analysts and everything to agents', async () => {
    expect((await call(stack, 'POST', '/invoices', { token: analyst.token, body: { currency: 'UAH', buyerName: 'X', lines: [{ name: 'x', qty: 1, unitPrice: 1 }] } })).status).toBe(403);
    expect((await call(stack, 'POST', '/payments', { token: analyst.token, body: { amount: 1, currency: 'UAH', paidOn: '2026-11-01' } })).status).toBe(403);
    expect((await call(stack, 'POST', '/payments/imports', { token: analyst.token, body: { format: 'csv', contentBase64: b64(Buffer.from('date,amount\n')) } })).status).toBe(403);
    expect((await call(stack, 'GET', '/invoices', { token: agent.token })).status).toBe(403);
    expect((await call(stack, 'GET', '/payments', { token: agent.token })).status).toBe(403);
  });
});
