import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCounterparty, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let admin: Person;
const sockets: Socket[] = [];
beforeAll(async () => {
  stack = await startStack();
  admin = await userWithRoles(stack, ['admin']);
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await stack?.stop();
});

const account = async (who: Person, id: number) => (await call(stack, 'GET', `/users/${id}`, { token: who.token })).body.account;
const patch = (who: Person, id: number, body: Record<string, unknown>) => call(stack, 'PATCH', `/users/${id}`, { token: who.token, body });

describe('managing users (admins)', () => {
  it('refuses every administration endpoint to non-admins with 403, and anonymous callers with 401', async () => {
    const head = await userWithRoles(stack, ['head_of_sales']);
    const target = await userWithRoles(stack, ['sales_manager']);
    const asks: [string, string, unknown?][] = [
      ['GET', '/users/accounts'],
      ['GET', `/users/${target.id}`],
      ['PATCH', `/users/${target.id}`, { displayName: 'X', lockVersion: 1 }],
      ['POST', `/users/${target.id}/reassign-clients`, { toUserId: head.id }],
      ['GET', '/teams/overview'],
      ['POST', '/teams/1/members', { userId: target.id }],
      ['DELETE', `/teams/1/members/${target.id}`],
    ];
    for (const [method, path, body] of asks) {
      const denied = await call(stack, method, path, { token: head.token, body });
      expect(denied.status, `${method} ${path}`).toBe(403);
      expect(denied.type).toContain('application/problem+json');
      expect((await call(stack, method, path, { body })).status, `${method} ${path} anonymous`).toBe(401);
    }
    // The refused edit changed nothing.
    expect((await account(admin, target.id)).displayName).not.toBe('X');
  });

  it('edits name, roles, team and language; a stale version is a 409 and bad input names the field', async () => {
    const person = await userWithRoles(stack, ['sales_manager']);
    const team = await call(stack, 'POST', '/teams', { token: admin.token, body: { name: 'Kyiv desk' } });
    const before = await account(admin, person.id);
    const saved = await patch(admin, person.id, { displayName: 'Olena Koval', roleCodes: ['sales_manager', 'head_of_sales'], teamId: team.body.id, locale: 'uk', lockVersion: before.lockVersion });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ displayName: 'Olena Koval', roles: ['head_of_sales', 'sales_manager'], teamId: team.body.id, locale: 'uk' });
    expect(saved.body.lockVersion).toBeGreaterThan(before.lockVersion);

    // A second admin still holding the old version is refused instead of overwriting.
    const stale = await patch(admin, person.id, { displayName: 'Someone else', lockVersion: before.lockVersion });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('conflict.stale_version');
    expect((await account(admin, person.id)).displayName).toBe('Olena Koval');

    // Roles only (a pivot-table change) bumps the version too, so concurrent role edits conflict as well.
    const rolesOnly = await patch(admin, person.id, { roleCodes: ['agent'], lockVersion: saved.body.lockVersion });
    expect(rolesOnly.body.lockVersion).toBeGreaterThan(saved.body.lockVersion);
    expect((await patch(admin, person.id, { roleCodes: ['admin'], lockVersion: saved.body.lockVersion })).status).toBe(409);

    const bad = await patch(admin, person.id, { displayName: '', roleCodes: [], locale: 'de', lockVersion: rolesOnly.body.lockVersion });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.displayName', 'body.locale', 'body.roleCodes']);
    const unknownRole = await patch(admin, person.id, { roleCodes: ['wizard'], lockVersion: rolesOnly.body.lockVersion });
    expect(unknownRole.status).toBe(422);
    expect(unknownRole.body.errors[0].field).toBe('body.roleCodes');
    expect((await call(stack, 'GET', '/users/999999', { token: admin.token })).status).toBe(404);
  });

  it('a deactivated user cannot log in, their session answers 401 at once and their live socket is cut; reactivation lets them back', async () => {
    const leaver = await userWithRoles(stack, ['sales_manager']);
    const socket = connect(stack.url, { path: '/socket.io', auth: { token: leaver.token }, transports: ['websocket'], reconnection: false });
    sockets.push(socket);
    await new Promise((resolve) => socket.on('session', resolve));
    const disconnected = new Promise<string>((resolve) => socket.on('disconnect', resolve));
    expect((await call(stack, 'GET', '/auth/me', { token: leaver.token })).status).toBe(200);

    const before = await account(admin, leaver.id);
    const off = await patch(admin, leaver.id, { active: false, lockVersion: before.lockVersion });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    expect(off.body.active).toBe(false);
    expect(await disconnected).toBe('io server disconnect');
    expect((await call(stack, 'GET', '/auth/me', { token: leaver.token })).status).toBe(401);
    expect((await call(stack, 'GET', '/inbox', { token: leaver.token })).status).toBe(401);
    const login = await call(stack, 'POST', '/auth/login', { body: { email: leaver.email, password: 'correct horse battery' } });
    expect(login.status).toBe(401);
    // Nor can the old token open a new socket.
    const retry = connect(stack.url, { path: '/socket.io', auth: { token: leaver.token }, transports: ['websocket'], reconnection: false });
    sockets.push(retry);
    const refused = await new Promise<Error & { data?: { code: string } }>((resolve) => retry.on('connect_error', resolve));
    expect(refused.data?.code).toBe('auth.invalid_session');
    // They still show in the administrators' list, marked inactive, and drop out of pickers.
    const all = await call(stack, 'GET', '/users/accounts?active=false', { token: admin.token });
    expect(all.body.items.map((u: { id: number }) => u.id)).toContain(leaver.id);
    const picker = await call(stack, 'GET', `/users?search=${encodeURIComponent(leaver.email)}`, { token: admin.token });
    expect(picker.body.items).toEqual([]);

    const on = await patch(admin, leaver.id, { active: true, lockVersion: off.body.lockVersion });
    expect(on.status).toBe(200);
    expect((await call(stack, 'POST', '/auth/login', { body: { email: leaver.email, password: 'correct horse battery' } })).status).toBe(200);
  });

  it('a deactivated head of sales no longer heads their team', async () => {
    const head = await userWithRoles(stack, ['head_of_sales']);
    const team = await call(stack, 'POST', '/teams', { token: admin.token, body: { name: 'Dnipro desk', headId: head.id } });
    expect(team.status, JSON.stringify(team.body)).toBe(201);
    const headOf = async () => (await call(stack, 'GET', '/teams/overview', { token: admin.token })).body.items.find((t: { id: number }) => t.id === team.body.id).headId;
    expect(await headOf()).toBe(head.id);
    const off = await patch(admin, head.id, { active: false, lockVersion: (await account(admin, head.id)).lockVersion });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    expect(await headOf()).toBeNull();
  });

  it('keeps at least one active administrator and refuses an admin deactivating themselves', async () => {
    const second = await userWithRoles(stack, ['admin']);
    const self = await patch(admin, admin.id, { active: false, lockVersion: (await account(admin, admin.id)).lockVersion });
    expect(self.status).toBe(409);
    expect(self.body.code).toBe('user.cannot_deactivate_self');
    expect(self.body.errors[0].field).toBe('body.active');

    // Every other administrator goes; the remaining one cannot lose the role.
    const admins = (await call(stack, 'GET', '/users/accounts?active=true', { token: admin.token })).body.items.filter((u: { roles: string[]; id: number }) => u.roles.includes('admin') && u.id !== admin.id);
    expect(admins.map((u: { id: number }) => u.id)).toContain(second.id);
    for (const other of admins) expect((await patch(admin, other.id, { active: false, lockVersion: other.lockVersion })).status).toBe(200);
    const demote = await patch(admin, admin.id, { roleCodes: ['sales_manager'], lockVersion: (await account(admin, admin.id)).lockVersion });
    expect(demote.status).toBe(409);
    expect(demote.body.code).toBe('user.last_admin');
    expect(demote.body.detail).toContain('last active administrator');
    expect(demote.body.errors[0].field).toBe('body.roleCodes');
    expect((await account(admin, admin.id)).roles).toContain('admin');

    // With a second admin back, the first may step down from the role.
    const back = await account(admin, second.id);
    expect((await patch(admin, second.id, { active: true, lockVersion: back.lockVersion })).status).toBe(200);
    const stepDown = await patch(admin, admin.id, { roleCodes: ['admin', 'analyst'], lockVersion: (await account(admin, admin.id)).lockVersion });
    expect(stepDown.status).toBe(200);
  });

  it('shows what a colleague still owns and hands their clients to someone else', async () => {
    const owner = await userWithRoles(stack, ['sales_manager']);
    const heir = await userWithRoles(stack, ['sales_manager']);
    await newCounterparty(stack, owner, { name: 'Lviv Bakery' });
    await newCounterparty(stack, owner, { name: 'Odesa Port Services' });
    const seen = await call(stack, 'GET', `/users/${owner.id}`, { token: admin.token });
    expect(seen.body.holdings).toEqual({ openTasks: 0, clients: 2, openDeals: 0 });

    expect((await call(stack, 'POST', `/users/${owner.id}/reassign-clients`, { token: admin.token, body: { toUserId: owner.id } })).status).toBe(422);
    const moved = await call(stack, 'POST', `/users/${owner.id}/reassign-clients`, { token: admin.token, body: { toUserId: heir.id } });
    expect(moved.body).toEqual({ updated: 2 });
    expect((await call(stack, 'GET', `/users/${owner.id}`, { token: admin.token })).body.holdings.clients).toBe(0);
    expect((await call(stack, 'GET', `/users/${heir.id}`, { token: admin.token })).body.holdings.clients).toBe(2);
  });
});

describe('managing teams (admins)', () => {
  it('lists teams with head and size, adds and removes members, and moves someone only when asked', async () => {
    const head = await userWithRoles(stack, ['head_of_sales']);
    const anna = await userWithRoles(stack, ['sales_manager']);
    const petro = await userWithRoles(stack, ['sales_manager']);
    const north = (await call(stack, 'POST', '/teams', { token: admin.token, body: { name: 'North', headId: head.id } })).body;
    const south = (await call(stack, 'POST', '/teams', { token: admin.token, body: { name: 'South' } })).body;

    const added = await call(stack, 'POST', `/teams/${north.id}/members`, { token: admin.token, body: { userId: anna.id } });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    await call(stack, 'POST', `/teams/${north.id}/members`, { token: admin.token, body: { userId: petro.id } });
    expect(added.body.members.map((m: { id: number }) => m.id)).toEqual([anna.id]);

    const overview = (await call(stack, 'GET', '/teams/overview', { token: admin.token })).body.items;
    expect(overview.find((t: { id: number }) => t.id === north.id)).toMatchObject({ name: 'North', headId: head.id, headName: 'User ' + head.email.match(/^user(\d+)/)![1], memberCount: 2 });
    expect(overview.find((t: { id: number }) => t.id === south.id)).toMatchObject({ memberCount: 0, headName: null });

    const refused = await call(stack, 'POST', `/teams/${south.id}/members`, { token: admin.token, body: { userId: anna.id } });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('team.member_elsewhere');
    expect(refused.body.errors[0]).toMatchObject({ field: 'body.userId', params: { teamName: 'North' } });
    const moved = await call(stack, 'POST', `/teams/${south.id}/members`, { token: admin.token, body: { userId: anna.id, move: true } });
    expect(moved.body.members.map((m: { id: number }) => m.id)).toEqual([anna.id]);

    const removed = await call(stack, 'DELETE', `/teams/${north.id}/members/${petro.id}`, { token: admin.token });
    expect(removed.body.members).toEqual([]);
    expect((await call(stack, 'DELETE', `/teams/${north.id}/members/${petro.id}`, { token: admin.token })).status).toBe(404);
    expect((await call(stack, 'POST', `/teams/999999/members`, { token: admin.token, body: { userId: petro.id } })).status).toBe(404);
    // Renames: two admins from the same version, the second is refused; a taken name names the field.
    const renamed = await call(stack, 'PATCH', `/teams/${north.id}`, { token: admin.token, body: { name: 'North-East' }, headers: { 'if-match': `W/"${north.lockVersion}"` } });
    expect(renamed.status).toBe(200);
    const late = await call(stack, 'PATCH', `/teams/${north.id}`, { token: admin.token, body: { name: 'Far North' }, headers: { 'if-match': `W/"${north.lockVersion}"` } });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('conflict.stale_version');
    const taken = await call(stack, 'PATCH', `/teams/${north.id}`, { token: admin.token, body: { name: 'South' }, headers: { 'if-match': `W/"${renamed.body.lockVersion}"` } });
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0].field).toBe('body.name');
    expect((await call(stack, 'PATCH', `/teams/${north.id}`, { token: head.token, body: { name: 'Mine' }, headers: { 'if-match': `W/"${renamed.body.lockVersion}"` } })).status).toBe(403);
    const unknownUser = await call(stack, 'POST', `/teams/${north.id}/members`, { token: admin.token, body: { userId: 999999 } });
    expect(unknownUser.status).toBe(422);
    expect(unknownUser.body.errors[0].field).toBe('body.userId');
  });
});
