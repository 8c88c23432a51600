import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { eventually } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let anna: Person, boris: Person, cora: Person;
const sockets: Socket[] = [];

/** One browser tab of `who`: every unread count the server pushes to it, in order. */
async function tab(who: Person): Promise<number[]> {
  const socket = connect(stack.url, { path: '/socket.io', auth: { token: who.token }, transports: ['websocket'], reconnection: false });
  sockets.push(socket);
  const counts: number[] = [];
  socket.on('incoming-requests:unread', (p: { count: number }) => counts.push(p.count));
  await new Promise((resolve) => socket.on('session', resolve));
  return counts;
}
const register = (who: Person, to: Person, text: string) =>
  call(stack, 'POST', '/incoming-requests', { token: who.token, body: { from: 'Petro', channel: 'phone', text, addressee: { userId: to.id } } });

beforeAll(async () => {
  stack = await startStack();
  [anna, boris, cora] = await Promise.all([userWithRoles(stack, ['sales_manager']), userWithRoles(stack, ['sales_manager']), userWithRoles(stack, ['agent'])]);
});
afterAll(async () => {
  sockets.forEach((s) => s.close());
  await stack?.stop();
});

describe('the unread incoming-requests count, live', () => {
  it('reaches every tab of the addressee when a request comes in and when one is read in any tab, and nobody else', async () => {
    const [first, second, boriss] = await Promise.all([tab(anna), tab(anna), tab(boris)]);
    const a = await register(cora, anna, 'Call back about delivery');
    expect(a.status).toBe(201);
    await eventually(async () => (first.at(-1) === 1 && second.at(-1) === 1) || undefined, 'both tabs counting 1');
    expect((await register(cora, anna, 'Invoice question')).status).toBe(201);
    await eventually(async () => (first.at(-1) === 2 && second.at(-1) === 2) || undefined, 'both tabs counting 2');

    // Read in one tab: the other tab's badge follows.
    expect((await call(stack, 'POST', `/incoming-requests/${a.body.id}/read`, { token: anna.token })).status).toBe(200);
    await eventually(async () => (second.at(-1) === 1 && first.at(-1) === 1) || undefined, 'both tabs back to 1');
    expect(boriss).toEqual([]);
  });

  it('tells nobody anything when a read is refused', async () => {
    const [boriss] = await Promise.all([tab(boris)]);
    const r = await register(cora, anna, 'Not for Boris');
    expect((await call(stack, 'POST', `/incoming-requests/${r.body.id}/read`, { token: boris.token })).status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(boriss).toEqual([]);
  });
});
