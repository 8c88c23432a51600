import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, UserSchema } from '../domain/access/index.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

let seq = 0;
/** A user who has never logged in (no zone yet), with their password. */
async function newcomer() {
  const email = `tz${++seq}-${Date.now()}@example.test`;
  const password = 'correct horse battery';
  await createUser(stack.orm.em.fork(), { email, displayName: `Zone ${seq}`, password, roleCodes: ['sales_manager'] });
  return { email, password };
}

describe('the session probe', () => {
  it('answers a visitor without a session with 200 and no user, not an error', async () => {
    const answer = await call(stack, 'GET', '/auth/session');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ user: null });
    const forged = await call(stack, 'GET', '/auth/session', { headers: { cookie: 'crm_session=not.a.jwt' } });
    expect(forged.status).toBe(200);
    expect(forged.body).toEqual({ user: null });
  });

  it('names the logged-in user, and no one once the account is disabled', async () => {
    const { token, email, id } = await userWithRoles(stack, ['agent']);
    const answer = await call(stack, 'GET', '/auth/session', { headers: { cookie: `crm_session=${token}` } });
    expect(answer.body.user).toMatchObject({ id, email, roles: ['agent'] });
    await stack.orm.em.fork().nativeUpdate(UserSchema, { id }, { active: false });
    expect((await call(stack, 'GET', '/auth/session', { token })).body).toEqual({ user: null });
  });

  it('leaves the other routes closed to visitors', async () => {
    expect((await call(stack, 'GET', '/auth/me')).status).toBe(401);
    expect((await call(stack, 'GET', '/counterparties')).status).toBe(401);
  });
});

describe('the user’s time zone', () => {
  it('is the browser’s zone from the first login on; a later login from elsewhere does not move it', async () => {
    const who = await newcomer();
    const first = await call(stack, 'POST', '/auth/login', { body: { ...who, timeZone: 'Europe/Kyiv' } });
    expect(first.status).toBe(200);
    expect(first.body.user.timeZone).toBe('Europe/Kyiv');
    const travelling = await call(stack, 'POST', '/auth/login', { body: { ...who, timeZone: 'America/New_York' } });
    expect(travelling.body.user.timeZone).toBe('Europe/Kyiv');
    expect((await call(stack, 'GET', '/auth/me', { token: travelling.body.token })).body.timeZone).toBe('Europe/Kyiv');
  });

  it('is changed by the user next to the language, and an unknown zone is refused with its field', async () => {
    const { token } = await userWithRoles(stack, ['sales_manager']);
    expect((await call(stack, 'GET', '/auth/me', { token })).body.timeZone).toBeNull();
    const picked = await call(stack, 'PATCH', '/auth/me', { token, body: { timeZone: 'Europe/Bratislava' } });
    expect(picked.status).toBe(200);
    expect(picked.body).toMatchObject({ timeZone: 'Europe/Bratislava', locale: null });
    const both = await call(stack, 'PATCH', '/auth/me', { token, body: { locale: 'sk', timeZone: 'Europe/Kyiv' } });
    expect(both.body).toMatchObject({ timeZone: 'Europe/Kyiv', locale: 'sk' });

    const unknown = await call(stack, 'PATCH', '/auth/me', { token, body: { timeZone: 'Mars/Olympus' } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.timeZone']);
    const badLogin = await call(stack, 'POST', '/auth/login', { body: { ...(await newcomer()), timeZone: 'Nowhere' } });
    expect(badLogin.status).toBe(422);
    expect((await call(stack, 'PATCH', '/auth/me', { token, body: {} })).status).toBe(422);
    expect((await call(stack, 'GET', '/auth/me', { token })).body).toMatchObject({ timeZone: 'Europe/Kyiv', locale: 'sk' });
    expect((await call(stack, 'PATCH', '/auth/me', { body: { timeZone: 'Europe/Kyiv' } })).status).toBe(401);
  });
});

describe('CRM_TIME_ZONE', () => {
  let company: Stack;
  beforeAll(async () => {
    // As `CRM_TIME_ZONE=Asia/Tokyo npm start` passes it to the API.
    company = await startStack({ defaultTimeZone: 'Asia/Tokyo' });
  });
  afterAll(() => company?.stop());

  it('gives a user the company’s zone at their first login, before the browser’s, and never overrides their choice', async () => {
    const email = `tz-company-${Date.now()}@example.test`;
    const password = 'correct horse battery';
    await createUser(company.orm.em.fork(), { email, displayName: 'Company Zone', password, roleCodes: ['sales_manager'] });
    const first = await call(company, 'POST', '/auth/login', { body: { email, password, timeZone: 'Europe/Kyiv' } });
    expect(first.status).toBe(200);
    expect((await call(company, 'GET', '/auth/me', { token: first.body.token })).body.timeZone).toBe('Asia/Tokyo');
    expect((await call(company, 'PATCH', '/auth/me', { token: first.body.token, body: { timeZone: 'Europe/Bratislava' } })).status).toBe(200);
    const again = await call(company, 'POST', '/auth/login', { body: { email, password, timeZone: 'Europe/Kyiv' } });
    expect((await call(company, 'GET', '/auth/me', { token: again.body.token })).body.timeZone).toBe('Europe/Bratislava');
  });
});
