import { z } from 'zod';
import type { ApiContext } from '../context.ts';
import { defineRoute } from '../route.ts';
import { appVersion } from '../version.ts';

const component = z.object({
  status: z.enum(['up', 'down']),
  version: z.string().optional(),
  error: z.string().optional(),
});

const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    version: z.string(),
    database: component,
    temporal: component.extend({ address: z.string(), namespace: z.string() }),
  })
  .meta({ id: 'Health' });

const PROBE_TIMEOUT_MS = 2000;

export function healthRoutes(ctx: ApiContext) {
  return [
    defineRoute({
      method: 'get',
      path: '/health',
      summary: 'Status of the database and the Temporal server, with their versions',
      tags: ['system'],
      access: 'public',
      responses: {
        200: { description: 'Everything is up', schema: healthSchema },
        503: { description: 'A dependency is down; the body says which', schema: healthSchema },
      },
      async handle({ em }) {
        const [database, temporal] = await Promise.all([probeDatabase(em), probeTemporal(ctx)]);
        const ok = database.status === 'up' && temporal.status === 'up';
        return { status: ok ? 200 : 503, body: { status: ok ? 'ok' : 'degraded', version: appVersion, database, temporal } };
      },
    }),
  ];
}

async function probeDatabase(em: { getConnection(): { execute(sql: string): Promise<unknown> } }) {
  try {
    const rows = (await withTimeout(em.getConnection().execute('select version() as v'))) as { v: string }[];
    return { status: 'up' as const, version: rows[0]?.v.split(' ').slice(0, 2).join(' ') };
  } catch (err) {
    return { status: 'down' as const, error: (err as Error).message };
  }
}

async function probeTemporal({ temporal }: ApiContext) {
  const where = { address: temporal.target.address, namespace: temporal.target.namespace };
  try {
    const info = await temporal.connection.withDeadline(Date.now() + PROBE_TIMEOUT_MS, () =>
      temporal.connection.workflowService.getSystemInfo({}),
    );
    return { status: 'up' as const, version: info.serverVersion ?? undefined, ...where };
  } catch (err) {
    return { status: 'down' as const, error: (err as Error).message, ...where };
  }
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timed out')), PROBE_TIMEOUT_MS).unref()),
  ]);
}
