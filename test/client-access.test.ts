import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCounterparty, names, teamOf, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let admin: Person, head: Person, anna: Person, boris: Person, other: Person, analyst: Person;
let annas: { id: number }, boriss: { id: number };

beforeAll(async () => {
  stack = await startStack();
  [admin, head, anna, boris, other, analyst] = await Promise.all([
    userWithRoles(stack, ['admin']),
    userWithRoles(stack, ['head_of_sales']),
    userWithRoles(stack, ['sales_manager']),
    userWithRoles(stack, ['sales_manager']),
    userWithRoles(stack, ['sales_manager']),
    userWithRoles(stack, ['analyst']),
  ]);
  // The head leads team North (anna, boris) without being a member; `other` is in team South.
  await teamOf(stack, admin, 'North', head, [anna, boris]);
  await teamOf(stack, admin, 'South', null, [other]);
  annas = await newCounterparty(stack, anna, { name: 'Anna Trading', phones: [{ number: '+380671111111' }], tags: ['vip'] });
  boriss = await newCounterparty(stack, boris, { name: 'Boris Steel', phones: [{ number: '+380672222222' }], tags: ['vip'] });
  await newCounterparty(stack, other, { name: 'Other Foods', emails: [{ address: 'sales@otherfoods.test' }], tags: ['vip'] });
});
afterAll(() => stack?.stop());

const list = (who: Person, query = '') => call(stack, 'GET', `/counterparties${query}`, { token: who.token });

describe('row-level scope in lists and search', () => {
  it('a sales manager lists and finds only their own clients', async () => {
    expect(names(await list(anna))).toEqual(['Anna Trading']);
    expect(names(await list(anna, '?q=boris'))).toEqual([]);
    expect(names(await list(anna, '?q=380672222222'))).toEqual([]);
    expect(names(await list(anna, '?tags=vip'))).toEqual(['Anna Trading']);
    expect(names(await list(anna, `?responsibleId=${boris.id}`))).toEqual([]);
  });

  it('the head of sales sees the team (members and the team they head), not other teams', async () => {
    expect(names(await list(head))).toEqual(['Anna Trading', 'Boris Steel']);
    expect(names(await list(head, '?q=otherfoods'))).toEqual([]);
  });

  it('admin and analyst see every client', async () => {
    expect(names(await list(admin))).toEqual(['Anna Trading', 'Boris Steel', 'Other Foods']);
    expect(names(await list(analyst, '?q=otherfoods'))).toEqual(['Other Foods']);
  });
});

describe('denials on one record', () => {
  it('another manager gets 404 on card, dossier, history, contacts and relations — as if it did not exist', async () => {
    for (const path of ['', '/dossier', '/history', '/contacts', '/relations']) {
      const answer = await call(stack, 'GET', `/counterparties/${boriss.id}${path}`, { token: anna.token });
      expect(answer.status, path).toBe(404);
      expect(answer.type).toContain('application/problem+json');
    }
    const missing = await call(stack, 'GET', '/counterparties/999999', { token: anna.token });
    expect(missing.body.code).toBe((await call(stack, 'GET', `/counterparties/${boriss.id}`, { token: anna.token })).body.code);
  });

  it('another manager can neither update, delete, add contacts to nor relate to the client', async () => {
    const headers = { 'if-match': 'W/"1"' };
    expect((await call(stack, 'PATCH', `/counterparties/${boriss.id}`, { token: anna.token, headers, body: { name: 'Mine now' } })).status).toBe(404);
    expect((await call(stack, 'DELETE', `/counterparties/${boriss.id}`, { token: anna.token, headers })).status).toBe(404);
    expect((await call(stack, 'POST', `/counterparties/${boriss.id}/contacts`, { token: anna.token, body: { fullName: 'Spy' } })).status).toBe(404);
    const relation = await call(stack, 'POST', '/relations', { token: anna.token, body: { from: { type: 'counterparty', id: annas.id }, to: { type: 'counterparty', id: boriss.id }, kind: 'partner' } });
    expect(relation.status).toBe(422);
    const card = await call(stack, 'GET', `/counterparties/${boriss.id}`, { token: boris.token });
    expect(card.body).toMatchObject({ name: 'Boris Steel', lockVersion: 1 });
  });

  it('a bulk edit touching someone else’s client changes nothing', async () => {
    const bulk = await call(stack, 'POST', '/counterparties/bulk', { token: anna.token, body: { ids: [annas.id, boriss.id], action: { type: 'setStatus', status: 'former' } } });
    expect(bulk.status).toBe(404);
    expect(bulk.body.errors[0].params.ids).toEqual([boriss.id]);
    expect((await call(stack, 'GET', `/counterparties/${annas.id}`, { token: anna.token })).body.status).toBe('lead');
  });

  it('a manager cannot hand their client to someone outside their reach (nothing written)', async () => {
    const before = await call(stack, 'GET', `/counterparties/${annas.id}`, { token: anna.token });
    const give = await call(stack, 'PATCH', `/counterparties/${annas.id}`, { token: anna.token, headers: { 'if-match': before.headers.get('etag')! }, body: { responsibleId: other.id, name: 'Renamed' } });
    expect(give.status).toBe(403);
    expect(give.body.code).toBe('counterparty.out_of_reach');
    const after = await call(stack, 'GET', `/counterparties/${annas.id}`, { token: anna.token });
    expect(after.body).toMatchObject({ name: 'Anna Trading', responsibleId: anna.id, lockVersion: before.body.lockVersion });
    expect((await call(stack, 'GET', `/counterparties/${annas.id}/history`, { token: anna.token })).body.items.every((c: { action: string }) => c.action === 'create')).toBe(true);
  });

  it('the head may reassign within the team; analysts may read but not edit', async () => {
    const card = await call(stack, 'GET', `/counterparties/${boriss.id}`, { token: head.token });
    expect(card.status).toBe(200);
    const ro = await call(stack, 'PATCH', `/counterparties/${boriss.id}`, { token: analyst.token, headers: { 'if-match': card.headers.get('etag')! }, body: { region: 'Kyiv' } });
    expect(ro.status).toBe(403);
    const moved = await call(stack, 'POST', '/counterparties/bulk', { token: head.token, body: { ids: [boriss.id], action: { type: 'assign', responsibleId: anna.id } } });
    expect(moved.body).toEqual({ updated: 1 });
    expect(names(await list(anna))).toEqual(['Anna Trading', 'Boris Steel']);
    expect(names(await list(boris))).toEqual([]);
    const create = await call(stack, 'POST', '/counterparties', { token: analyst.token, body: { kind: 'company', name: 'Nope' } });
    expect(create.status).toBe(403);
  });

  it('the completeness report counts only records in reach', async () => {
    const mine = await call(stack, 'GET', '/reports/client-completeness', { token: other.token });
    expect(mine.status).toBe(200);
    expect(mine.body.total).toBe(1);
    expect(mine.body.byResponsible).toEqual([expect.objectContaining({ responsibleId: other.id, total: 1 })]);
    expect((await call(stack, 'GET', '/reports/client-completeness', { token: admin.token })).body.total).toBe(3);
  });

  it('only admins manage teams', async () => {
    expect((await call(stack, 'POST', '/teams', { token: head.token, body: { name: 'Mine' } })).status).toBe(403);
    expect((await call(stack, 'PUT', `/users/${anna.id}/team`, { token: head.token, body: { teamId: null } })).status).toBe(403);
    const teams = await call(stack, 'GET', '/teams', { token: anna.token });
    expect(teams.body.items.map((t: { name: string }) => t.name)).toEqual(['North', 'South']);
  });
});
