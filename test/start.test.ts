import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort, isPortFree } from '../scripts/lib/ports.ts';
import { freshDatabase } from './support/stack.ts';

/**
 * `npm start` as a new user runs it: everything embedded, data under DATA_DIR. Ports are
 * free ones so the test can run beside a developer's own instance.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-start-'));
fs.chmodSync(dataDir, 0o755);
const admin = { email: 'owner@example.test', password: 'first start password' };
const running: ChildProcess[] = [];

async function startEnv() {
  return {
    ...process.env,
    NODE_ENV: 'development',
    DATA_DIR: dataDir,
    PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(await freePort()),
    EMBEDDED_TEMPORAL_PORT: String(await freePort()),
    EMBEDDED_TEMPORAL_UI_PORT: String(await freePort()),
    CRM_ADMIN_EMAIL: admin.email,
    CRM_ADMIN_PASSWORD: admin.password,
  };
}

function start(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} within ${timeoutMs} ms`);
}

async function login(base: string) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  return { status: res.status, body: (await res.json()) as { token: string } };
}

afterAll(async () => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  let roundTripId = '';

  it('brings up database, Temporal, worker, API and UI, and stops cleanly on Ctrl-C', async () => {
    const env = await startEnv();
    const base = `http://127.0.0.1:${env.PORT}`;
    const run = start(env);
    await until(async () => (await fetch(`${base}/api/v1/health`)).status === 200, 170_000, 'health was not ok').catch((err) => {
      throw new Error(`${(err as Error).message}\n${run.output()}`);
    });
    await until(async () => run.output().includes(`CRM            ${base}`), 10_000, 'the URLs were not printed');

    const { body } = await login(base);
    const trip = await fetch(`${base}/api/v1/system/round-trips`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${body.token}` },
      body: JSON.stringify({ message: 'kept across restarts' }),
    });
    expect(trip.status).toBe(201);
    roundTripId = ((await trip.json()) as { workflowId: string }).workflowId;
    expect(await (await fetch(`${base}/`)).text()).toContain('<div id="root">');

    // A second run on the same data directory is refused with a message, not a hang.
    const second = start(await startEnv());
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/in use by PostgreSQL process \d+/);

    run.child.kill('SIGINT');
    expect(await run.exited, run.output()).toBe(0);
    expect(run.output()).toContain('Stopped.');
    for (const port of [env.PORT, env.EMBEDDED_PG_PORT, env.EMBEDDED_TEMPORAL_PORT]) {
      expect(await isPortFree(Number(port)), `port ${port} released`).toBe(true);
    }
  }, 240_000);

  it('keeps the data on the next start', async () => {
    const env = await startEnv();
    const base = `http://127.0.0.1:${env.PORT}`;
    const run = start(env);
    await until(async () => (await fetch(`${base}/api/v1/health`)).status === 200, 120_000, 'health was not ok').catch((err) => {
      throw new Error(`${(err as Error).message}\n${run.output()}`);
    });
    const setup = (await (await fetch(`${base}/api/v1/setup`)).json()) as { needed: boolean };
    expect(setup.needed).toBe(false);
    const { status, body } = await login(base);
    expect(status).toBe(200);
    const trip = await fetch(`${base}/api/v1/system/round-trips/${roundTripId}`, { headers: { authorization: `Bearer ${body.token}` } });
    expect(((await trip.json()) as { message: string }).message).toBe('kept across restarts');

    // The restarted Temporal dev server still knows the first run's workflow.
    const connection = await Connection.connect({ address: `127.0.0.1:${env.EMBEDDED_TEMPORAL_PORT}` });
    const described = await new Client({ connection }).workflow.getHandle(roundTripId).describe();
    expect(described.status.name).toBe('COMPLETED');
    await connection.close();
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
  }, 180_000);

  it('starts nothing embedded when DATABASE_URL and TEMPORAL_ADDRESS name external servers', async () => {
    const env = { ...(await startEnv()), DATABASE_URL: await freshDatabase(), TEMPORAL_ADDRESS: inject('temporalAddress') };
    const base = `http://127.0.0.1:${env.PORT}`;
    const run = start(env);
    await until(async () => (await fetch(`${base}/api/v1/health`)).status === 200, 120_000, 'health was not ok').catch((err) => {
      throw new Error(`${(err as Error).message}\n${run.output()}`);
    });
    const health = (await (await fetch(`${base}/api/v1/health`)).json()) as { temporal: { address: string } };
    expect(health.temporal.address).toBe(inject('temporalAddress'));
    expect(run.output()).not.toContain('Starting the embedded PostgreSQL');
    expect(run.output()).not.toContain('Starting the Temporal dev server');
    expect(await login(base)).toMatchObject({ status: 200 });
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
  }, 180_000);

  it('names the taken port instead of hanging', async () => {
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const taken = (blocker.address() as net.AddressInfo).port;
    const env = { ...(await startEnv()), PORT: String(taken) };
    const run = start(env);
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(`Port ${taken} for the API is taken`);
    blocker.close();
  });

  it('stops at a wrong setting and names the variable', async () => {
    const run = start({ ...(await startEnv()), PORT: 'eighty' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/PORT: .*number/i);
  });
});
