import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../scripts/lib/ports.ts';
import { newCounterparty, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let anna: Person;
let client: { id: number };

/** A port where nothing listens: the API's Temporal is down. */
beforeAll(async () => {
  stack = await startStack({ temporalAddress: `127.0.0.1:${await freePort()}` });
  anna = await userWithRoles(stack, ['sales_manager']);
  client = await newCounterparty(stack, anna, { name: 'Anna Trading' });
});
afterAll(() => stack?.stop());

describe('reminders while the process engine is down', () => {
  it('planning a contact or a reminder answers 503 and saves nothing; logging a done call still works', async () => {
    const at = new Date(Date.now() + 3600_000).toISOString();
    const planned = await call(stack, 'POST', '/interactions', { token: anna.token, body: { kind: 'call', counterpartyId: client.id, at, subject: 'Planned' } });
    expect(planned.status, JSON.stringify(planned.body)).toBe(503);
    expect(planned.body.code).toBe('reminders.unavailable');
    const reminder = await call(stack, 'POST', '/reminders', { token: anna.token, body: { at, text: 'x' } });
    expect(reminder.status).toBe(503);

    const done = await call(stack, 'POST', '/interactions', { token: anna.token, body: { kind: 'call', counterpartyId: client.id, at: new Date().toISOString(), subject: 'Made', state: 'done', result: 'ok' } });
    expect(done.status).toBe(201);
    const listed = await call(stack, 'GET', '/interactions', { token: anna.token });
    expect(listed.body.items.map((i: { subject: string }) => i.subject)).toEqual(['Made']);
    expect((await call(stack, 'GET', '/reminders', { token: anna.token })).body.items).toEqual([]);
  }, 60_000);
});
