import { expect } from 'vitest';
import { call, userWithRoles } from './http.ts';
import type { Stack } from './stack.ts';

export type Person = Awaited<ReturnType<typeof userWithRoles>>;

/** Creates a counterparty as `who`; fails the test unless it is created. */
export async function newCounterparty(stack: Stack, who: Person, body: Record<string, unknown>) {
  const answer = await call(stack, 'POST', '/counterparties', { token: who.token, body: { kind: 'company', ...body } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body as { id: number; lockVersion: number; [k: string]: unknown };
}

/** An admin creates a team (with an optional head) and puts users in it. */
export async function teamOf(stack: Stack, admin: Person, name: string, head: Person | null, members: Person[]) {
  const team = await call(stack, 'POST', '/teams', { token: admin.token, body: { name, headId: head?.id ?? null } });
  expect(team.status, JSON.stringify(team.body)).toBe(201);
  for (const m of members) {
    const put = await call(stack, 'PUT', `/users/${m.id}/team`, { token: admin.token, body: { teamId: team.body.id } });
    expect(put.status).toBe(200);
  }
  return team.body as { id: number };
}

/**
 * The people the scope and export tests ask as: an admin, a process owner, a head of sales with
 * `member` in their team `team`, a sales manager outside it, and a marketer.
 */
export async function salesCast(stack: Stack, team: string) {
  const admin = await userWithRoles(stack, ['admin']);
  const owner = await userWithRoles(stack, ['process_owner']);
  const head = await userWithRoles(stack, ['head_of_sales']);
  const member = await userWithRoles(stack, ['sales_manager']);
  const outsider = await userWithRoles(stack, ['sales_manager']);
  const marketer = await userWithRoles(stack, ['marketer']);
  await teamOf(stack, admin, team, head, [member]);
  return { admin, owner, head, member, outsider, marketer };
}

export const names = (answer: { body: { items: { name: string }[] } }) => answer.body.items.map((i) => i.name).sort();
