import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCounterparty, teamOf, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

/**
 * The history and the unfolded timeline show the people, teams and clients that ids point at
 * by name, resolved by the server in the same answer, and never name a client the reader may not see.
 */
let stack: Stack;
let admin: Person, head: Person, anna: Person, boris: Person, other: Person;
let client: { id: number }, foreign: { id: number };
const nameOf = async (who: Person) => (await call(stack, 'GET', '/auth/me', { token: who.token })).body.displayName as string;

interface Field { field: string; oldValue: unknown; newValue: unknown; oldLabel: string | null; newLabel: string | null }
async function timelineFields(who: Person): Promise<Field[][]> {
  const dossier = await call(stack, 'GET', `/counterparties/${client.id}/dossier`, { token: who.token });
  expect(dossier.status).toBe(200);
  return dossier.body.timeline.filter((e: { source: string }) => e.source === 'change').map((e: { data: { fields: Field[] } }) => e.data.fields);
}
const field = (fields: Field[][], name: string) => fields.flat().filter((f) => f.field === name);

beforeAll(async () => {
  stack = await startStack();
  [admin, head, anna, boris, other] = await Promise.all([
    userWithRoles(stack, ['admin']),
    userWithRoles(stack, ['head_of_sales']),
    userWithRoles(stack, ['sales_manager']),
    userWithRoles(stack, ['sales_manager']),
    userWithRoles(stack, ['sales_manager']),
  ]);
  await teamOf(stack, admin, 'North', head, [anna, boris]);
  client = await newCounterparty(stack, anna, { name: 'Anna Trading' });
  foreign = await newCounterparty(stack, other, { name: 'Other Foods' });
  // The admin hangs Anna's client under a client only the admin and `other` reach, and hands it to Boris.
  const card = await call(stack, 'GET', `/counterparties/${client.id}`, { token: admin.token });
  const patch = await call(stack, 'PATCH', `/counterparties/${client.id}`, {
    token: admin.token,
    headers: { 'If-Match': card.headers.get('etag')! },
    body: { responsibleId: boris.id, parentId: foreign.id },
  });
  expect(patch.status, JSON.stringify(patch.body)).toBe(200);
});
afterAll(() => stack?.stop());

describe('names of referenced records in the client history', () => {
  it('the timeline names the old and new responsible, the team and the parent client', async () => {
    const fields = await timelineFields(admin);
    const moved = field(fields, 'responsibleId').find((f) => f.oldValue !== null)!;
    expect(moved).toMatchObject({ oldValue: anna.id, newValue: boris.id, oldLabel: await nameOf(anna), newLabel: await nameOf(boris) });
    expect(field(fields, 'teamId')[0]).toMatchObject({ newLabel: 'North' });
    expect(field(fields, 'parentId')[0]).toMatchObject({ newValue: foreign.id, newLabel: 'Other Foods' });
    // Fields that are not references carry no label.
    expect(field(fields, 'name')[0]).toMatchObject({ newValue: 'Anna Trading', newLabel: null });
  });

  it('the change history names the values and who made each change', async () => {
    const history = await call(stack, 'GET', `/counterparties/${client.id}/history`, { token: head.token });
    expect(history.status).toBe(200);
    const row = history.body.items.find((c: { field: string; action: string }) => c.field === 'responsibleId' && c.action === 'update');
    expect(row).toMatchObject({ oldLabel: await nameOf(anna), newLabel: await nameOf(boris), actorId: admin.id, actorName: await nameOf(admin) });
  });

  it('a client out of the reader’s reach stays an id, not a name', async () => {
    // The head of North reaches Anna's client (now Boris's) but not Other Foods of another team.
    expect((await call(stack, 'GET', `/counterparties/${foreign.id}`, { token: head.token })).status).toBe(404);
    const parent = field(await timelineFields(head), 'parentId')[0]!;
    expect(parent).toMatchObject({ newValue: foreign.id, newLabel: null });
    const history = await call(stack, 'GET', `/counterparties/${client.id}/history`, { token: head.token });
    expect(history.body.items.find((c: { field: string }) => c.field === 'parentId')).toMatchObject({ newValue: foreign.id, newLabel: null });
    expect(JSON.stringify(history.body)).not.toContain('Other Foods');
  });
});
