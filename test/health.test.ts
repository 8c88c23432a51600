import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../scripts/lib/ports.ts';
import { startTemporalDevServer, type DevServer } from '../scripts/lib/temporal-dev-server.ts';
import { call } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

/** This file runs its own Temporal server so that it can stop and restart it. */
let temporal: DevServer;
let port: number;
let stack: Stack;

beforeAll(async () => {
  port = await freePort();
  temporal = await startTemporalDevServer({ port, namespace: 'default' });
  stack = await startStack({ temporalAddress: temporal.address });
});
afterAll(async () => {
  await stack?.stop();
  await temporal?.stop();
});

async function healthUntil(status: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let last = await call(stack, 'GET', '/health');
  while (last.status !== status && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    last = await call(stack, 'GET', '/health');
  }
  return last;
}

describe('GET /api/v1/health', () => {
  it('reports both servers up with their versions, without a session', async () => {
    const health = await call(stack, 'GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({
      status: 'ok',
      database: { status: 'up', version: expect.stringMatching(/^PostgreSQL \d+/) },
      temporal: { status: 'up', version: expect.stringMatching(/^\d+\.\d+/), namespace: 'default', address: temporal.address },
    });
  });

  it('keeps answering while Temporal is down and recovers when it is back', async () => {
    await temporal.stop();
    const started = Date.now();
    const down = await healthUntil(503, 10_000);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(down.body).toMatchObject({ status: 'degraded', database: { status: 'up' }, temporal: { status: 'down' } });
    expect(down.body.temporal.error).toBeTruthy();

    temporal = await startTemporalDevServer({ port, namespace: 'default' });
    const back = await healthUntil(200, 30_000);
    expect(back.body).toMatchObject({ status: 'ok', temporal: { status: 'up' } });
  });
});
