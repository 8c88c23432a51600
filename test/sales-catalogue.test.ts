import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let manager: { token: string };
let analyst: { token: string };
let agent: { token: string };

beforeAll(async () => {
  stack = await startStack();
  manager = await userWithRoles(stack, ['sales_manager']);
  analyst = await userWithRoles(stack, ['analyst']);
  agent = await userWithRoles(stack, ['agent']);
});
afterAll(async () => {
  await stack?.stop();
});

const pumpType = { code: 'pump', name: 'Pumps', parameters: [{ key: 'power', kind: 'number', required: true }, { key: 'certified', kind: 'boolean' }] };

describe('product catalogue', () => {
  let typeId: number;
  let productId: number;

  it('checks typed parameters against the product type', async () => {
    const type = await call(stack, 'POST', '/product-types', { token: manager.token, body: pumpType });
    expect(type.status, JSON.stringify(type.body)).toBe(201);
    typeId = type.body.id;
    const bad = await call(stack, 'POST', '/products', { token: manager.token, body: { sku: 'P-1', name: 'Pump', unit: 'pcs', typeId, parameters: { power: 'strong', colour: 'red' } } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.parameters.colour', 'body.parameters.power']);
  });

  it('creates once per Idempotency-Key and pages with a cursor', async () => {
    const body = { sku: 'P-100', name: 'Pump 100', unit: 'pcs', typeId, parameters: { power: 1.5, certified: true }, taxRatePercent: 7 };
    const first = await call(stack, 'POST', '/products', { token: manager.token, body, headers: { 'idempotency-key': 'k-1' } });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ sku: 'P-100', taxRatePercent: 7, version: 1 });
    const again = await call(stack, 'POST', '/products', { token: manager.token, body, headers: { 'idempotency-key': 'k-1' } });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    productId = first.body.id;
    for (const n of [2, 3, 4]) {
      const r = await call(stack, 'POST', '/products', { token: manager.token, body: { sku: `S-${n}`, name: `Seal ${n}`, unit: 'pcs' } });
      expect(r.status).toBe(201);
    }
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const pageAnswer = await call(stack, 'GET', `/products?limit=3${after ? `&after=${after}` : ''}`, { token: analyst.token });
      expect(pageAnswer.status).toBe(200);
      seen.push(...pageAnswer.body.items.map((p: { sku: string }) => p.sku));
      after = pageAnswer.body.nextCursor;
    } while (after);
    expect(seen).toEqual(['P-100', 'S-2', 'S-3', 'S-4']);
    const search = await call(stack, 'GET', '/products?q=seal', { token: analyst.token });
    expect(search.body.items).toHaveLength(3);
  });

  it('refuses an update without If-Match (428) or with a stale one (412, with the current product)', async () => {
    const read = await call(stack, 'GET', `/products/${productId}`, { token: manager.token });
    const tag = read.headers.get('etag')!;
    expect(tag).toBe('W/"1"');
    expect((await call(stack, 'PATCH', `/products/${productId}`, { token: manager.token, body: { name: 'X' } })).status).toBe(428);
    const ok = await call(stack, 'PATCH', `/products/${productId}`, { token: manager.token, body: { name: 'Pump 100 Pro' }, headers: { 'if-match': tag } });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.version).toBe(2);
    const stale = await call(stack, 'PATCH', `/products/${productId}`, { token: manager.token, body: { name: 'Lost update' }, headers: { 'if-match': tag } });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ code: 'conflict.stale_version', current: { name: 'Pump 100 Pro', version: 2 } });
  });

  it('resolves the price for a customer group, date and quantity with the best discount', async () => {
    const add = (body: object) => call(stack, 'POST', `/products/${productId}/prices`, { token: manager.token, body });
    expect((await add({ currency: 'UAH', amount: 100_000, validFrom: '2026-01-01' })).status).toBe(201);
    expect((await add({ currency: 'UAH', customerGroup: 'dealers', amount: 90_000, validFrom: '2026-01-01' })).status).toBe(201);
    expect((await add({ currency: 'UAH', customerGroup: 'dealers', amount: 85_000, minQty: 10, validFrom: '2026-01-01' })).status).toBe(201);
    expect((await add({ currency: 'EUR', amount: 2500, validFrom: '2026-01-01' })).status).toBe(201);
    const badRange = await add({ currency: 'UAH', amount: 1, validFrom: '2026-02-01', validTo: '2026-01-01' });
    expect(badRange.status).toBe(422);
    expect(badRange.body.errors[0].field).toBe('body.validTo');
    const d = await call(stack, 'POST', '/discounts', { token: manager.token, body: { name: 'Dealer autumn', percent: 5, customerGroup: 'dealers', productTypeId: typeId, validFrom: '2026-09-01', validTo: '2026-12-31' } });
    expect(d.status, JSON.stringify(d.body)).toBe(201);

    const price = (q: string) => call(stack, 'GET', `/products/${productId}/price?${q}`, { token: analyst.token });
    expect((await price('currency=UAH&date=2026-06-01')).body).toMatchObject({ listPrice: 100_000, discountPercent: 0, unitPrice: 100_000 });
    expect((await price('currency=UAH&customerGroup=dealers&date=2026-06-01')).body).toMatchObject({ listPrice: 90_000, unitPrice: 90_000 });
    expect((await price('currency=UAH&customerGroup=dealers&date=2026-10-01&qty=12')).body).toMatchObject({ listPrice: 85_000, discountPercent: 5, unitPrice: 80_750 });
    expect((await price('currency=EUR&date=2026-06-01')).body).toMatchObject({ unitPrice: 2500 });
    expect((await price('currency=USD&date=2026-06-01')).status).toBe(404);

    const promo = await add({ currency: 'EUR', amount: 1000, validFrom: '2026-06-01' });
    expect((await price('currency=EUR&date=2026-06-01')).body).toMatchObject({ unitPrice: 1000 });
    expect((await call(stack, 'DELETE', `/prices/${promo.body.id}`, { token: manager.token })).status).toBe(428);
    expect((await call(stack, 'DELETE', `/prices/${promo.body.id}`, { token: analyst.token, headers: { 'if-match': promo.headers.get('etag')! } })).status).toBe(403);
    expect((await call(stack, 'DELETE', `/prices/${promo.body.id}`, { token: manager.token, headers: { 'if-match': promo.headers.get('etag')! } })).status).toBe(204);
    expect((await price('currency=EUR&date=2026-06-01')).body).toMatchObject({ unitPrice: 2500 });
  });

  it('lets marketers and analysts read but not write, and agents not even read', async () => {
    expect((await call(stack, 'POST', '/products', { token: analyst.token, body: { sku: 'A', name: 'A', unit: 'pcs' } })).status).toBe(403);
    expect((await call(stack, 'POST', '/discounts', { token: analyst.token, body: { name: 'x', percent: 1 } })).status).toBe(403);
    expect((await call(stack, 'GET', '/products', { token: agent.token })).status).toBe(403);
    expect((await call(stack, 'GET', `/products/${productId}/price?currency=UAH`, { token: agent.token })).status).toBe(403);
    expect((await call(stack, 'GET', '/products')).status).toBe(401);
  });
});
