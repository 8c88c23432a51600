import type { MikroORM } from '@mikro-orm/postgresql';
import type { Client, Connection } from '@temporalio/client';
import type { TemporalTarget } from '../config/temporal.ts';
import type { SessionTokens } from './auth/tokens.ts';

/** What route modules need; built once per API process. */
export interface ApiContext {
  orm: MikroORM;
  temporal: { client: Client; connection: Connection; target: TemporalTarget };
  tokens: SessionTokens;
  secureCookies: boolean;
  /** CRM_TIME_ZONE: the zone a user gets at their first login, before the browser's. */
  defaultTimeZone?: string;
  /** Emits to socket.io rooms (every API node); set once the socket server is attached. */
  push?: (rooms: string[], event: string, payload: unknown) => void;
  /** Cuts a user's live sockets on every API node (a deactivated account). */
  disconnectUser?: (userId: number) => void;
}
