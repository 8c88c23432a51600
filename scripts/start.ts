/**
 * `npm start`: brings the whole platform up on one machine. Starts the embedded PostgreSQL
 * and the Temporal dev server unless DATABASE_URL / TEMPORAL_ADDRESS point elsewhere,
 * migrates, builds the UI when stale, then runs one worker and one API. Ctrl-C stops all.
 */
import path from 'node:path';
import { databaseUrl, temporalAddress } from '../config/index.ts';
import { ChildRole } from './lib/child-role.ts';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './lib/embedded-postgres.ts';
import { migrateAndSeed } from './lib/migrate-and-seed.ts';
import { assertPortFree, waitFor } from './lib/ports.ts';
import { failStart, sessionSecret, settingsOrExit } from './lib/runtime.ts';
import { startTemporalDevServer, type DevServer } from './lib/temporal-dev-server.ts';
import { buildUiIfStale } from './lib/ui.ts';

const log = (line: string) => console.log(line);
const settings = settingsOrExit();
const stops: (() => Promise<void>)[] = [];
let shuttingDown = false;

async function main() {
  await assertPortFree(settings.PORT, 'the API', 'PORT');
  let db: EmbeddedDatabase | undefined;
  if (!settings.DATABASE_URL) {
    log(`Starting the embedded PostgreSQL (data in ${path.join(settings.DATA_DIR, 'pg')})...`);
    db = await startEmbeddedPostgres({
      dataDir: path.join(settings.DATA_DIR, 'pg'),
      port: settings.EMBEDDED_PG_PORT,
      database: 'crm',
      log: (line) => /ERROR|FATAL|PANIC/.test(line) && log(`[postgres] ${line}`),
    });
    stops.unshift(db.stop);
  }
  let temporal: DevServer | undefined;
  if (!settings.TEMPORAL_ADDRESS) {
    log(`Starting the Temporal dev server (data in ${path.join(settings.DATA_DIR, 'temporal.db')})...`);
    temporal = await startTemporalDevServer({
      dbFile: path.join(settings.DATA_DIR, 'temporal.db'),
      port: settings.EMBEDDED_TEMPORAL_PORT,
      uiPort: settings.EMBEDDED_TEMPORAL_UI_PORT,
      namespace: settings.TEMPORAL_NAMESPACE,
      // Its workers complain while it stops; that is not news.
      log: (line) => !shuttingDown && log(`[temporal] ${line}`),
    });
    stops.unshift(temporal.stop);
  }
  const dbUrl = db?.url ?? databaseUrl(settings);
  const { ran, adminCreated } = await migrateAndSeed(dbUrl, { email: settings.CRM_ADMIN_EMAIL, password: settings.CRM_ADMIN_PASSWORD });
  if (ran.length) log(`Applied migrations: ${ran.join(', ')}`);
  if (adminCreated) log(`Created administrator ${adminCreated}`);
  await buildUiIfStale(log);

  const env = {
    ...process.env,
    DATABASE_URL: dbUrl,
    TEMPORAL_ADDRESS: temporal?.address ?? temporalAddress(settings),
    JWT_SECRET: sessionSecret(settings),
  };
  for (const [name, script] of [['worker', 'scripts/worker.ts'], ['api', 'scripts/api.ts']] as const) {
    const role = new ChildRole(name, script, env, log);
    role.start();
    stops.unshift(() => role.stop());
  }
  const apiUrl = `http://${settings.HOST === '0.0.0.0' ? 'localhost' : settings.HOST}:${settings.PORT}`;
  await waitFor(async () => (await fetch(`${apiUrl}/api/v1/health`)).status < 500, { timeoutMs: 120_000, what: 'The API' });
  log('');
  log(`  CRM            ${apiUrl}`);
  log(`  API docs       ${apiUrl}/api/v1/docs`);
  log(`  Health         ${apiUrl}/api/v1/health`);
  if (temporal?.uiUrl) log(`  Temporal UI    ${temporal.uiUrl}`);
  log(adminCreated || settings.CRM_ADMIN_EMAIL ? '' : '  First start? Open the CRM to create the administrator.');
  log('Press Ctrl-C to stop.');
}

async function shutdown(signal: string) {
  if (shuttingDown) return;
  shuttingDown = true;
  log(`\n${signal}: stopping...`);
  for (const stop of stops) await stop().catch((err: unknown) => log(`while stopping: ${String(err)}`));
  log('Stopped.');
  process.exit(0);
}

process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
main().catch(async (err: unknown) => {
  shuttingDown = true;
  for (const stop of stops) await stop().catch(() => undefined);
  failStart(err);
});
