import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoundTripSchema } from '../domain/system/index.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ worker: true });
});
afterAll(() => stack?.stop());

describe('round trip: API -> Temporal workflow -> activity -> PostgreSQL -> API', () => {
  it('writes the row through the worker and reads it back', async () => {
    const { token, id } = await userWithRoles(stack, ['admin']);
    const created = await call(stack, 'POST', '/system/round-trips', { token, body: { message: 'hello wiring' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ message: 'hello wiring', requestedBy: id });

    const row = await stack.orm.em.fork().findOneOrFail(RoundTripSchema, { workflowId: created.body.workflowId });
    expect(row.message).toBe('hello wiring');

    const read = await call(stack, 'GET', `/system/round-trips/${created.body.workflowId}`, { token });
    expect(read.body).toEqual(created.body);
  });

  it('returns the same row for a retried request with the same Idempotency-Key', async () => {
    const { token } = await userWithRoles(stack, ['admin']);
    const headers = { 'idempotency-key': 'retry-me' };
    const first = await call(stack, 'POST', '/system/round-trips', { token, headers, body: { message: 'once' } });
    const again = await call(stack, 'POST', '/system/round-trips', { token, headers, body: { message: 'once' } });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(await stack.orm.em.fork().count(RoundTripSchema, { message: 'once' })).toBe(1);
  });

  it('refuses users who are not admins, and anonymous callers', async () => {
    const { token } = await userWithRoles(stack, ['sales_manager']);
    const denied = await call(stack, 'POST', '/system/round-trips', { token, body: { message: 'x' } });
    expect(denied.status).toBe(403);
    expect(denied.body.code).toBe('auth.forbidden');
    const anonymous = await call(stack, 'POST', '/system/round-trips', { body: { message: 'x' } });
    expect(anonymous.status).toBe(401);
    expect(await stack.orm.em.fork().count(RoundTripSchema, { message: 'x' })).toBe(0);
  });
});
