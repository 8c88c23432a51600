import pg from 'pg';

/** Pushes events to socket.io rooms from the worker, through PostgreSQL to every API node. */
export interface LivePush {
  toUser(userId: number, event: string, payload: unknown): Promise<void>;
  /** Rooms as the API names them: `user:<id>`, `role:<code>`. */
  toRooms(rooms: string[], event: string, payload: unknown): Promise<void>;
  close(): Promise<void>;
}

// pg_notify refuses payloads over 8000 bytes; live copies stay well under it.
const MAX_PAYLOAD = 7000;

/**
 * Speaks the protocol of @socket.io/postgres-adapter (what the API nodes listen to): a
 * BROADCAST message on channel `socket.io#/`. @socket.io/postgres-emitter 0.1.1 would be
 * the library for this, but its messages lack the top-level `nsp` that adapter 0.5 checks,
 * so every API node drops them.
 */
export function createLivePush(databaseUrl: string | undefined): LivePush {
  if (!databaseUrl) return { toUser: async () => {}, toRooms: async () => {}, close: async () => {} };
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  pool.on('error', (err) => console.warn(`live push pool: ${err.message}`));
  async function toRooms(rooms: string[], event: string, payload: unknown) {
    if (!rooms.length) return;
    const message = JSON.stringify({
      uid: 'crm-worker',
      nsp: '/',
      type: 3, // BROADCAST
      data: { packet: { type: 2, nsp: '/', data: [event, payload] }, opts: { rooms, except: [], flags: {} } },
    });
    if (Buffer.byteLength(message) > MAX_PAYLOAD) throw new Error(`live ${event} for ${rooms.join(', ')} is too big to push (${Buffer.byteLength(message)} bytes)`);
    await pool.query('select pg_notify($1, $2)', ['socket.io#/', message]);
  }
  return {
    toUser: (userId, event, payload) => toRooms([`user:${userId}`], event, payload),
    toRooms,
    close: () => pool.end(),
  };
}
