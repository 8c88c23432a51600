import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const desk = {
  name: 'Service desk Kyiv',
  timeZone: 'Europe/Kyiv',
  workingHours: [1, 2, 3, 4, 5].map((day) => ({ day, from: '09:00', to: '18:00' })),
  holidays: [{ date: '2026-12-25', name: 'Christmas' }],
};

describe('business calendars admin API', () => {
  it('lets process owners create and replace a calendar with If-Match; everyone signed in reads it', async () => {
    const owner = await userWithRoles(stack, ['process_owner']);
    const agent = await userWithRoles(stack, ['agent']);
    const created = await call(stack, 'PUT', '/business-calendars/desk', { token: owner.token, body: desk });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ code: 'desk', timeZone: 'Europe/Kyiv', lockVersion: 1 });

    const read = await call(stack, 'GET', '/business-calendars/desk', { token: agent.token });
    expect(read.body.holidays).toEqual([{ date: '2026-12-25', name: 'Christmas' }]);
    const etag = read.headers.get('etag')!;

    const withHoliday = { ...desk, holidays: [...desk.holidays, { date: '2027-01-01', name: 'New Year' }] };
    expect((await call(stack, 'PUT', '/business-calendars/desk', { token: owner.token, body: withHoliday })).status).toBe(428);
    const replaced = await call(stack, 'PUT', '/business-calendars/desk', { token: owner.token, body: withHoliday, headers: { 'if-match': etag } });
    expect(replaced.status).toBe(200);
    expect(replaced.body.holidays).toHaveLength(2);
    expect((await call(stack, 'PUT', '/business-calendars/desk', { token: owner.token, body: desk, headers: { 'if-match': etag } })).status).toBe(412);
    expect((await call(stack, 'GET', '/business-calendars', { token: agent.token })).body.items.map((c: { code: string }) => c.code)).toEqual(['desk']);
  });

  it('refuses agents, unknown calendars, bad time zones and hours', async () => {
    const owner = await userWithRoles(stack, ['process_owner']);
    const agent = await userWithRoles(stack, ['agent']);
    expect((await call(stack, 'PUT', '/business-calendars/mine', { token: agent.token, body: desk })).status).toBe(403);
    expect((await call(stack, 'GET', '/business-calendars/none', { token: agent.token })).status).toBe(404);
    expect((await call(stack, 'GET', '/business-calendars')).status).toBe(401);
    const zone = await call(stack, 'PUT', '/business-calendars/bad', { token: owner.token, body: { ...desk, timeZone: 'Mars/Olympus' } });
    expect(zone.status).toBe(422);
    expect(zone.body.errors[0].field).toBe('body.timeZone');
    const hours = await call(stack, 'PUT', '/business-calendars/bad', { token: owner.token, body: { ...desk, workingHours: [{ day: 1, from: '18:00', to: '09:00' }] } });
    expect(hours.status).toBe(422);
    const shape = await call(stack, 'PUT', '/business-calendars/bad', { token: owner.token, body: { ...desk, workingHours: [{ day: 8, from: '9', to: '18:00' }] } });
    expect(shape.status).toBe(422);
    expect(shape.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.workingHours.0.day', 'body.workingHours.0.from']);
  });
});
