import http from 'node:http';
import { Client, Connection } from '@temporalio/client';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { TemporalTarget } from '../config/temporal.ts';
import { createApp } from './app.ts';
import { SessionTokens } from './auth/tokens.ts';
import type { ApiContext } from './context.ts';
import { attachSockets, rooms as socketRooms } from './socket.ts';

export interface ApiOptions {
  orm: MikroORM;
  target: TemporalTarget;
  jwtSecret: string;
  sessionHours: number;
  databaseUrl: string;
  host: string;
  port: number;
  uiDir?: string;
  secureCookies?: boolean;
  defaultTimeZone?: string;
}

/**
 * Starts the API. The Temporal connection is lazy and retried quickly, so the API comes up
 * (and /health answers) while Temporal is down, and recovers when it is back.
 */
export async function startApi(opts: ApiOptions) {
  const connection = Connection.lazy({
    address: opts.target.address,
    tls: opts.target.tls,
    apiKey: opts.target.apiKey,
    channelArgs: { 'grpc.initial_reconnect_backoff_ms': 500, 'grpc.max_reconnect_backoff_ms': 3000 },
  });
  const client = new Client({ connection, namespace: opts.target.namespace });
  const ctx: ApiContext = {
    orm: opts.orm,
    temporal: { client, connection, target: opts.target },
    tokens: new SessionTokens(opts.jwtSecret, Math.round(opts.sessionHours * 3600)),
    secureCookies: opts.secureCookies ?? false,
    defaultTimeZone: opts.defaultTimeZone,
  };
  const server = http.createServer(createApp(ctx, { uiDir: opts.uiDir }));
  const sockets = attachSockets(server, { orm: opts.orm, tokens: ctx.tokens, databaseUrl: opts.databaseUrl });
  ctx.push = (rooms, event, payload) => {
    if (rooms.length) sockets.io.to(rooms).emit(event, payload);
  };
  ctx.disconnectUser = (userId) => sockets.io.in(socketRooms.user(userId)).disconnectSockets(true);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    port,
    url: `http://${opts.host === '0.0.0.0' ? 'localhost' : opts.host}:${port}`,
    ctx,
    io: sockets.io,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await sockets.close();
      await closed;
      await connection.close();
    },
  };
}
