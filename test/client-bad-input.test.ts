import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCounterparty, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let manager: Person, stranger: Person;
let strangersId: number;

beforeAll(async () => {
  stack = await startStack();
  [manager, stranger] = await Promise.all([userWithRoles(stack, ['sales_manager']), userWithRoles(stack, ['sales_manager'])]);
  strangersId = (await newCounterparty(stack, stranger, { name: 'Stranger Co' })).id;
});
afterAll(() => stack?.stop());

async function rows(): Promise<{ counterparties: number; changes: number; contacts: number }> {
  const [r] = await stack.orm.em.getConnection().execute<{ c: string; h: string; p: string }[]>(
    'select (select count(*) from counterparty) c, (select count(*) from record_change) h, (select count(*) from contact_person) p',
  );
  return { counterparties: Number(r!.c), changes: Number(r!.h), contacts: Number(r!.p) };
}

const base = { kind: 'company', name: 'Valid name' };
const cases: [string, Record<string, unknown>, number, string][] = [
  ['EDRPOU with a wrong check digit', { taxId: '14360571' }, 422, 'body.taxId'],
  ['IPN with a wrong check digit', { taxId: '1234567890' }, 422, 'body.taxId'],
  ['EDRPOU kind with 7 digits', { taxId: '1436057', taxIdKind: 'edrpou' }, 422, 'body.taxId'],
  ['tax id with symbols', { taxId: "1' OR '1'='1" }, 422, 'body.taxId'],
  ['impossible phone', { phones: [{ number: '123' }] }, 422, 'body.phones.0.number'],
  ['phone made of letters', { phones: [{ number: 'call me maybe' }] }, 422, 'body.phones.0.number'],
  ['e-mail without a domain', { emails: [{ address: 'not-an-email' }] }, 422, 'body.emails.0.address'],
  ['script URL as website', { website: 'javascript:alert(1)' }, 422, 'body.website'],
  ['unknown responsible user', { responsibleId: 987654 }, 422, 'body.responsibleId'],
  ['unknown parent', { parentId: 987654 }, 422, 'body.parentId'],
  ['empty name', { name: '   ' }, 422, 'body.name'],
  ['name too long', { name: 'x'.repeat(301) }, 422, 'body.name'],
  ['unknown status', { status: 'vip' }, 422, 'body.status'],
  ['unknown kind', { kind: 'robot' }, 422, 'body.kind'],
  ['unknown field', { isAdmin: true }, 422, 'body.isAdmin'],
  ['too many tags', { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, 422, 'body.tags'],
  ['tag with a comma', { tags: ['a,b'] }, 422, 'body.tags.0'],
  ['id out of int range as parent', { parentId: 2 ** 40 }, 422, 'body.parentId'],
  ['wrong type', { name: { $ne: null } }, 422, 'body.name'],
];

describe('bad input on create: a clear problem, nothing written', () => {
  it.each(cases)('%s', async (_label, fields, status, field) => {
    const before = await rows();
    const answer = await call(stack, 'POST', '/counterparties', { token: manager.token, body: { ...base, ...fields } });
    expect(answer.status).toBe(status);
    expect(answer.type).toContain('application/problem+json');
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await rows()).toEqual(before);
  });

  it('a parent the user may not see is "unknown" (no leak), and nothing is written', async () => {
    const before = await rows();
    const answer = await call(stack, 'POST', '/counterparties', { token: manager.token, body: { ...base, parentId: strangersId } });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('counterparty.unknown_parent');
    expect(await rows()).toEqual(before);
  });

  it('oversized and malformed bodies are refused before any work', async () => {
    const before = await rows();
    const big = await call(stack, 'POST', '/counterparties', { token: manager.token, body: { ...base, legalName: 'x'.repeat(3 * 1024 * 1024) } });
    expect(big.status).toBe(413);
    const broken = await call(stack, 'POST', '/counterparties', { token: manager.token, raw: '{"kind":"company","name":' });
    expect(broken.status).toBe(400);
    expect(await rows()).toEqual(before);
  });
});

describe('bad input elsewhere', () => {
  it('query, params and headers: 4xx problems, never a 500', async () => {
    const c = await newCounterparty(stack, manager, { name: 'Target' });
    const probes: [string, string, Record<string, string>, number][] = [
      ['GET', '/counterparties?sort=name;drop table counterparty', {}, 422],
      ['GET', '/counterparties?limit=0', {}, 422],
      ['GET', '/counterparties?status=vip', {}, 422],
      ['GET', '/counterparties?cursor=eyJ4Ijox', {}, 400],
      ['GET', '/counterparties/abc', {}, 422],
      ['GET', '/counterparties/99999999999', {}, 422],
      ['PATCH', `/counterparties/${c.id}`, { 'if-match': 'garbage' }, 400],
      ['POST', '/counterparties', { 'idempotency-key': 'k'.repeat(201) }, 400],
    ];
    for (const [method, path, headers, status] of probes) {
      const answer = await call(stack, method, path, { token: manager.token, headers, body: method === 'GET' ? undefined : { name: 'X', kind: 'company' } });
      expect(answer.status, `${method} ${path}`).toBe(status);
      expect(answer.type).toContain('application/problem+json');
    }
  });

  it('stores injection strings verbatim and searches them safely', async () => {
    const evil = ["Robert'); DROP TABLE counterparty;--", '<script>alert(1)</script>', "' OR 1=1 --", '%_\\'];
    const c = await newCounterparty(stack, manager, { name: evil[0], industry: evil[1], region: evil[2], source: evil[3], tags: [evil[1]!] });
    const card = await call(stack, 'GET', `/counterparties/${c.id}`, { token: manager.token });
    expect(card.body).toMatchObject({ name: evil[0], industry: evil[1], region: evil[2], source: evil[3], tags: [evil[1]] });
    const search = await call(stack, 'GET', `/counterparties?q=${encodeURIComponent(evil[2]!)}`, { token: manager.token });
    expect(search.status).toBe(200);
    expect(search.body.items).toEqual([]);
    const byName = await call(stack, 'GET', `/counterparties?q=${encodeURIComponent('drop table')}`, { token: manager.token });
    expect(byName.body.items.map((i: { id: number }) => i.id)).toEqual([c.id]);
    expect((await rows()).counterparties).toBeGreaterThan(1);
  });

  it('refuses a parent cycle and a bulk assignment to an unknown user without writing', async () => {
    const a = await newCounterparty(stack, manager, { name: 'Cycle A' });
    const b = await newCounterparty(stack, manager, { name: 'Cycle B', parentId: a.id });
    const before = await rows();
    const cycle = await call(stack, 'PATCH', `/counterparties/${a.id}`, { token: manager.token, headers: { 'if-match': 'W/"1"' }, body: { parentId: b.id } });
    expect(cycle.status).toBe(422);
    expect(cycle.body.code).toBe('counterparty.parent_cycle');
    const bulk = await call(stack, 'POST', '/counterparties/bulk', { token: manager.token, body: { ids: [a.id, b.id], action: { type: 'assign', responsibleId: 987654 } } });
    expect(bulk.status).toBe(422);
    expect(await rows()).toEqual(before);
  });

  it('contacts: invalid birthday, phone and e-mail are named; nothing written', async () => {
    const c = await newCounterparty(stack, manager, { name: 'Has contacts' });
    const before = await rows();
    const answer = await call(stack, 'POST', `/counterparties/${c.id}/contacts`, {
      token: manager.token,
      body: { fullName: 'X', birthday: '2999-01-01', phones: [{ number: '12' }], emails: [{ address: 'a@' }], decisionRole: 'boss' },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.birthday', 'body.decisionRole', 'body.emails.0.address', 'body.phones.0.number']);
    expect(await rows()).toEqual(before);
  });
});
