import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, userWithRoles } from './support/http.ts';
import { TEST_JWT_SECRET, startStack, type Stack } from './support/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

describe('first-run setup', () => {
  it('creates exactly one administrator even when two requests race, then closes', async () => {
    expect((await call(stack, 'GET', '/setup')).body).toEqual({ needed: true });

    const attempts = await Promise.all(
      ['first@example.test', 'second@example.test'].map((email) =>
        call(stack, 'POST', '/setup', { body: { email, displayName: 'Admin', password: 'long enough pw' } }),
      ),
    );
    expect(attempts.map((a) => a.status).sort()).toEqual([201, 409]);
    const winner = attempts.find((a) => a.status === 201)!;
    expect(winner.body.user.roles).toEqual(['admin']);
    expect(winner.headers.get('set-cookie')).toMatch(/crm_session=.*HttpOnly/i);

    const loser = attempts.find((a) => a.status === 409)!;
    expect(loser.type).toContain('application/problem+json');
    expect(loser.body.code).toBe('setup.already_done');
    expect((await call(stack, 'GET', '/setup')).body).toEqual({ needed: false });
  });
});

describe('login and sessions', () => {
  it('logs in with the right password and answers /auth/me by bearer token and by cookie', async () => {
    const { token, email } = await userWithRoles(stack, ['sales_manager']);
    const byBearer = await call(stack, 'GET', '/auth/me', { token });
    expect(byBearer.status).toBe(200);
    expect(byBearer.body).toMatchObject({ email, roles: ['sales_manager'] });

    const byCookie = await call(stack, 'GET', '/auth/me', { headers: { cookie: `crm_session=${token}` } });
    expect(byCookie.body.email).toBe(email);
  });

  it('keeps the UI language the user picks on their account, and refuses one the product does not speak', async () => {
    const { token } = await userWithRoles(stack, ['sales_manager']);
    expect((await call(stack, 'GET', '/auth/me', { token })).body.locale).toBeNull();
    const picked = await call(stack, 'PATCH', '/auth/me', { token, body: { locale: 'uk' } });
    expect(picked.status).toBe(200);
    expect(picked.body.locale).toBe('uk');
    expect((await call(stack, 'GET', '/auth/me', { token })).body.locale).toBe('uk');

    const unknown = await call(stack, 'PATCH', '/auth/me', { token, body: { locale: 'xx' } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.locale']);
    const smuggled = await call(stack, 'PATCH', '/auth/me', { token, body: { locale: 'ru', roles: ['admin'] } });
    expect(smuggled.status).toBe(422);
    expect((await call(stack, 'GET', '/auth/me', { token })).body).toMatchObject({ locale: 'uk', roles: ['sales_manager'] });
    expect((await call(stack, 'PATCH', '/auth/me', { body: { locale: 'ru' } })).status).toBe(401);
  });

  it('refuses a wrong password and an unknown e-mail with the same problem', async () => {
    const { email } = await userWithRoles(stack, ['agent']);
    const wrong = await call(stack, 'POST', '/auth/login', { body: { email, password: 'nope' } });
    const unknown = await call(stack, 'POST', '/auth/login', { body: { email: 'ghost@example.test', password: 'nope' } });
    for (const answer of [wrong, unknown]) {
      expect(answer.status).toBe(401);
      expect(answer.type).toContain('application/problem+json');
      expect(answer.body).toMatchObject({ status: 401, code: 'auth.invalid_credentials', title: 'Wrong e-mail or password' });
    }
  });

  it('refuses a missing, forged and expired session', async () => {
    const missing = await call(stack, 'GET', '/auth/me');
    expect(missing.body).toMatchObject({ status: 401, code: 'auth.required' });

    const forged = await call(stack, 'GET', '/auth/me', { token: 'not.a.jwt' });
    expect(forged.body).toMatchObject({ status: 401, code: 'auth.invalid_session' });

    const { id } = await userWithRoles(stack, ['agent']);
    const expired = await new SignJWT({ roles: ['agent'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(id))
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const answer = await call(stack, 'GET', '/auth/me', { token: expired });
    expect(answer.body).toMatchObject({ status: 401, code: 'auth.session_expired' });
  });

  it('logout clears the cookie', async () => {
    const answer = await call(stack, 'POST', '/auth/logout');
    expect(answer.status).toBe(204);
    expect(answer.headers.get('set-cookie')).toMatch(/crm_session=;/);
  });
});

describe('bad input', () => {
  it('names every invalid and unknown field with its path', async () => {
    const answer = await call(stack, 'POST', '/auth/login', {
      body: { email: 'not-an-email', password: '', remember: true },
    });
    expect(answer.status).toBe(422);
    expect(answer.type).toContain('application/problem+json');
    const fields = answer.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['body.email', 'body.password', 'body.remember']);
    expect(answer.body.errors.find((e: { field: string }) => e.field === 'body.remember')).toMatchObject({
      pointer: '/body/remember',
      code: 'unrecognized_key',
      message: 'Unknown field',
    });
    expect(answer.body.errors.find((e: { field: string }) => e.field === 'body.password')).toMatchObject({
      code: 'too_small',
      params: { minimum: 1 },
    });
  });

  it('answers malformed JSON with 400 and creates nothing', async () => {
    const answer = await call(stack, 'POST', '/setup', { raw: '{"email": "x@example.test", ' });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'malformed_json', errors: [{ field: 'body' }] });
  });

  it('answers unknown endpoints with a 404 problem', async () => {
    const answer = await call(stack, 'GET', '/no-such-thing');
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('not_found');
  });
});
