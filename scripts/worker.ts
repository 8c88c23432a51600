/** `npm run worker`: one Temporal worker (workflows + activities); run as many as needed. */
import { databaseUrl } from '../config/index.ts';
import { temporalTarget } from '../config/temporal.ts';
import { openOrm } from '../domain/orm.ts';
import { connectWorker } from '../worker/create-worker.ts';
import { failStart, settingsOrExit } from './lib/runtime.ts';

async function main() {
  const settings = settingsOrExit();
  const target = temporalTarget(settings);
  const orm = await openOrm(databaseUrl(settings));
  const { worker, connection } = await connectWorker({ target, orm });
  console.log(`Worker polling task queue "${target.taskQueue}" on ${target.address} (namespace ${target.namespace})`);
  // Worker.run resolves after SIGINT/SIGTERM once in-flight tasks are handed back.
  await worker.run();
  await connection.close();
  await orm.close();
}

main().catch(failStart);
