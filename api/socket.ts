import type http from 'node:http';
import { createAdapter } from '@socket.io/postgres-adapter';
import pg from 'pg';
import { Server } from 'socket.io';
import type { MikroORM } from '@mikro-orm/postgresql';
import { SESSION_COOKIE, userFromToken, type CurrentUser } from './auth/session.ts';
import type { SessionTokens } from './auth/tokens.ts';
import { Problem } from './problem.ts';

/** Room names: a user's own, each of their roles', and later a record's. */
export const rooms = {
  user: (id: number) => `user:${id}`,
  role: (code: string) => `role:${code}`,
};

interface SocketDeps {
  orm: MikroORM;
  tokens: SessionTokens;
  /** When set, API nodes share broadcasts through PostgreSQL (and the worker can emit). */
  databaseUrl?: string;
}

/** socket.io on the API's HTTP server; a connection without a valid session is refused. */
export function attachSockets(server: http.Server, deps: SocketDeps) {
  const io = new Server(server, { path: '/socket.io', serveClient: false });
  let pool: pg.Pool | undefined;
  if (deps.databaseUrl) {
    pool = new pg.Pool({ connectionString: deps.databaseUrl, max: 4 });
    // The adapter keeps one LISTEN connection checked out; a database restart must not crash the API.
    pool.on('error', (err) => console.warn(`socket.io pool: ${err.message}`));
    pool.on('connect', (client) => client.on('error', (err) => console.warn(`socket.io listener: ${err.message}`)));
    io.adapter(createAdapter(pool, { tableName: 'socket_io_attachments' }));
  }
  io.use((socket, next) => {
    const token = (socket.handshake.auth?.token as string | undefined) ?? cookieToken(socket.handshake.headers.cookie);
    userFromToken(deps.tokens, deps.orm.em.fork(), token ?? null)
      .then((user) => {
        socket.data.user = user;
        next();
      })
      .catch((err: unknown) => {
        const problem = err instanceof Problem ? err : new Problem(401, 'auth.required', 'Authentication required');
        next(Object.assign(new Error(problem.title), { data: { code: problem.code, status: problem.status } }));
      });
  });
  io.on('connection', (socket) => {
    const user = socket.data.user as CurrentUser;
    void socket.join([rooms.user(user.id), ...user.roles.map(rooms.role)]);
    socket.emit('session', { userId: user.id, roles: user.roles });
  });
  return {
    io,
    async close() {
      if (pool) await listenerSettled(io);
      await io.close();
      await pool?.end();
    },
  };
}

function cookieToken(header: string | undefined): string | undefined {
  const pair = header?.split(';').map((p) => p.trim()).find((p) => p.startsWith(`${SESSION_COOKIE}=`));
  return pair ? decodeURIComponent(pair.slice(SESSION_COOKIE.length + 1)) : undefined;
}

/**
 * The postgres adapter checks out a LISTEN connection asynchronously; closing before it has
 * it leaves that connection checked out for ever and `pool.end()` waiting. Wait (bounded).
 */
async function listenerSettled(io: Server): Promise<void> {
  const adapter = io.of('/').adapter as unknown as { client?: { client?: unknown } };
  for (let waited = 0; waited < 5000 && !adapter.client?.client; waited += 50) {
    await new Promise((r) => setTimeout(r, 50));
  }
}
