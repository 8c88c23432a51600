import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCounterparty, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

/** A client has at most one primary contact: the person a manager reaches first, listed first. */
let stack: Stack;
let anna: Person, other: Person;
beforeAll(async () => {
  stack = await startStack();
  [anna, other] = await Promise.all([userWithRoles(stack, ['sales_manager']), userWithRoles(stack, ['sales_manager'])]);
});
afterAll(() => stack?.stop());

const addContact = async (who: Person, clientId: number, body: Record<string, unknown>) => {
  const answer = await call(stack, 'POST', `/counterparties/${clientId}/contacts`, { token: who.token, body });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body as { id: number; isPrimary: boolean; lockVersion: number };
};
const contactsOf = async (clientId: number) =>
  (await call(stack, 'GET', `/counterparties/${clientId}/contacts`, { token: anna.token })).body.items.map((c: { fullName: string; isPrimary: boolean }) => [c.fullName, c.isPrimary]);

describe('primary contact', () => {
  it('marking a contact primary unmarks the previous one, with a history row each, and lists it first', async () => {
    const client = await newCounterparty(stack, anna, { name: 'Poltava Grain' });
    const olena = await addContact(anna, client.id, { fullName: 'Olena Bondar', isPrimary: true });
    expect(olena.isPrimary).toBe(true);
    const yurii = await addContact(anna, client.id, { fullName: 'Andrii Yurchenko' });
    expect(yurii.isPrimary).toBe(false);
    expect(await contactsOf(client.id)).toEqual([['Olena Bondar', true], ['Andrii Yurchenko', false]]);

    const marked = await call(stack, 'PATCH', `/contacts/${yurii.id}`, { token: anna.token, headers: { 'if-match': `W/"${yurii.lockVersion}"` }, body: { isPrimary: true } });
    expect(marked.status, JSON.stringify(marked.body)).toBe(200);
    expect(await contactsOf(client.id)).toEqual([['Andrii Yurchenko', true], ['Olena Bondar', false]]);
    const history = await call(stack, 'GET', `/contacts/${olena.id}/history`, { token: anna.token });
    expect(history.body.items.find((c: { field: string; action: string }) => c.field === 'isPrimary' && c.action === 'update')).toMatchObject({ oldValue: true, newValue: false, actorId: anna.id });
    // A new primary contact at creation moves the mark too.
    await addContact(anna, client.id, { fullName: 'Bohdan Savchuk', isPrimary: true });
    expect((await contactsOf(client.id)).filter(([, p]: [string, boolean]) => p)).toEqual([['Bohdan Savchuk', true]]);
  });

  it('another manager cannot mark a contact of a client outside their reach', async () => {
    const client = await newCounterparty(stack, anna, { name: 'Sumy Sugar' });
    const person = await addContact(anna, client.id, { fullName: 'Iryna Koval' });
    const refused = await call(stack, 'PATCH', `/contacts/${person.id}`, { token: other.token, headers: { 'if-match': `W/"${person.lockVersion}"` }, body: { isPrimary: true } });
    expect(refused.status).toBe(404);
    expect(await contactsOf(client.id)).toEqual([['Iryna Koval', false]]);
    const bad = await call(stack, 'PATCH', `/contacts/${person.id}`, { token: anna.token, headers: { 'if-match': `W/"${person.lockVersion}"` }, body: { isPrimary: 'yes' } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('body.isPrimary');
  });

  it('merging two clients keeps the survivor’s primary contact; the merged one’s becomes ordinary', async () => {
    const survivor = await newCounterparty(stack, anna, { name: 'Lutsk Dairy', phones: [{ number: '+380 33 222 3344' }] });
    const merged = await newCounterparty(stack, anna, { name: 'Lutsk Dairy LLC', phones: [{ number: '+380 33 222 3344' }] });
    await addContact(anna, survivor.id, { fullName: 'Marta Hnatiuk', isPrimary: true });
    await addContact(anna, merged.id, { fullName: 'Petro Lys', isPrimary: true });
    const preview = await call(stack, 'GET', `/duplicates/merge-preview?survivor=${survivor.id}&merged=${merged.id}`, { token: anna.token });
    expect(preview.status).toBe(200);
    const merge = await call(stack, 'POST', '/duplicates/merge', { token: anna.token, body: { survivor: survivor.id, merged: merged.id }, headers: { 'if-match': preview.headers.get('etag')! } });
    expect(merge.status, JSON.stringify(merge.body)).toBe(200);
    expect(await contactsOf(survivor.id)).toEqual([['Marta Hnatiuk', true], ['Petro Lys', false]]);
  });
});
