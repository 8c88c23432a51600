import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
const sockets: Socket[] = [];
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await stack?.stop();
});

function open(auth: Record<string, string>, headers: Record<string, string> = {}): Socket {
  const socket = connect(stack.url, { path: '/socket.io', auth, extraHeaders: headers, transports: ['websocket'], reconnection: false });
  sockets.push(socket);
  return socket;
}

describe('socket.io', () => {
  it('refuses a connection without a valid session', async () => {
    const anonymous = open({});
    const error = await new Promise<Error & { data?: { code: string } }>((resolve) => anonymous.on('connect_error', resolve));
    expect(error.data?.code).toBe('auth.required');

    const forged = open({ token: 'forged' });
    const forgedError = await new Promise<Error & { data?: { code: string } }>((resolve) => forged.on('connect_error', resolve));
    expect(forgedError.data?.code).toBe('auth.invalid_session');
  });

  it('accepts a session token or cookie and delivers to the user room and the role room', async () => {
    const alice = await userWithRoles(stack, ['sales_manager']);
    const bob = await userWithRoles(stack, ['agent']);
    const aliceSocket = open({ token: alice.token });
    const bobSocket = open({}, { cookie: `crm_session=${bob.token}` });
    const sessions = await Promise.all(
      [aliceSocket, bobSocket].map((s) => new Promise<{ userId: number }>((resolve) => s.on('session', resolve))),
    );
    expect(sessions.map((s) => s.userId)).toEqual([alice.id, bob.id]);

    const received: string[] = [];
    aliceSocket.on('ping-test', (m: string) => received.push(`alice:${m}`));
    bobSocket.on('ping-test', (m: string) => received.push(`bob:${m}`));
    stack.io.to(`user:${alice.id}`).emit('ping-test', 'personal');
    stack.io.to('role:agent').emit('ping-test', 'to agents');
    await expect.poll(() => received.sort()).toEqual(['alice:personal', 'bob:to agents']);
  });
});
