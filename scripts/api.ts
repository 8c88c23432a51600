/** `npm run api`: one API process (REST, socket.io, UI); run as many as needed behind a balancer. */
import { databaseUrl } from '../config/index.ts';
import { temporalTarget } from '../config/temporal.ts';
import { openOrm } from '../domain/orm.ts';
import { startApi } from '../api/server.ts';
import { failStart, sessionSecret, settingsOrExit } from './lib/runtime.ts';
import { assertPortFree } from './lib/ports.ts';
import { uiDist } from './lib/ui.ts';

async function main() {
  const settings = settingsOrExit();
  await assertPortFree(settings.PORT, 'the API', 'PORT');
  const url = databaseUrl(settings);
  const orm = await openOrm(url);
  const api = await startApi({
    orm,
    target: temporalTarget(settings),
    jwtSecret: sessionSecret(settings),
    sessionHours: settings.SESSION_HOURS,
    databaseUrl: url,
    host: settings.HOST,
    port: settings.PORT,
    uiDir: uiDist,
    secureCookies: settings.NODE_ENV === 'production',
    defaultTimeZone: settings.CRM_TIME_ZONE,
  });
  console.log(`API listening on ${api.url}`);
  const stop = async () => {
    await api.close();
    await orm.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch(failStart);
