import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../scripts/lib/ports.ts';
import { DealSchema } from '../domain/sales/index.ts';
import { newCounterparty, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let manager: Person;
let clientId: number;
let dealId: number;
let productId: number;

/** A port where nothing listens: the API's Temporal is down. */
beforeAll(async () => {
  stack = await startStack({ temporalAddress: `127.0.0.1:${await freePort()}` });
  manager = await userWithRoles(stack, ['sales_manager']);
  clientId = (await newCounterparty(stack, manager, { name: 'Odesa Port' })).id;
  productId = (await call(stack, 'POST', '/products', { token: manager.token, body: { sku: 'CRANE', name: 'Crane', unit: 'pcs' } })).body.id;
  // The deal's own process cannot start either: the row stands for a deal made earlier.
  const em = stack.orm.em.fork();
  const deal = em.create(DealSchema, { title: 'Cranes', counterpartyId: clientId, contacts: [], amount: 1, currency: 'UAH', products: [], responsibleId: manager.id, competitors: [], processKey: 'sales', createdBy: manager.id });
  await em.flush();
  dealId = deal.id;
});
afterAll(() => stack?.stop());

describe('shipments and contracts while the process engine is down', () => {
  it('planning a shipment or a contract with an end date answers 503 and saves nothing; an open-ended contract needs no timer', async () => {
    const shipment = await call(stack, 'POST', '/shipments', { token: manager.token, body: { dealId, lines: [{ productId, qty: 1 }], plannedAt: new Date(Date.now() + 3_600_000).toISOString() } });
    expect(shipment.status, JSON.stringify(shipment.body)).toBe(503);
    expect(shipment.type).toContain('application/problem+json');
    expect((await call(stack, 'GET', '/shipments', { token: manager.token })).body.items).toEqual([]);

    const ending = await call(stack, 'POST', '/contracts', { token: manager.token, body: { number: 'C-1', counterpartyId: clientId, validFrom: '2026-01-01', validTo: '2027-12-31' } });
    expect(ending.status).toBe(503);
    expect(ending.body.code).toBe('contracts.reminders_unavailable');
    const open = await call(stack, 'POST', '/contracts', { token: manager.token, body: { number: 'C-2', counterpartyId: clientId, validFrom: '2026-01-01' } });
    expect(open.status).toBe(201);
    expect((await call(stack, 'GET', '/contracts', { token: manager.token })).body.items.map((c: { number: string }) => c.number)).toEqual(['C-2']);
  }, 60_000);
});
