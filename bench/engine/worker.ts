/** The benchmark's worker process: the product's worker with the hand-written workflow added. */
import { fileURLToPath } from 'node:url';
import { databaseUrl } from '../../config/index.ts';
import { temporalTarget } from '../../config/temporal.ts';
import { openOrm } from '../../domain/orm.ts';
import { settingsOrExit, failStart } from '../../scripts/lib/runtime.ts';
import { connectWorker } from '../../worker/create-worker.ts';

async function main() {
  const settings = settingsOrExit();
  const target = temporalTarget(settings);
  const orm = await openOrm(databaseUrl(settings));
  const workflowsPath = fileURLToPath(new URL('./workflows.ts', import.meta.url));
  const { worker, close } = await connectWorker({ target, orm, workflowsPath, stackTraces: settings.WORKFLOW_STACK_TRACES });
  console.log(`Worker polling task queue "${target.taskQueue}"`);
  await worker.run();
  await close();
  await orm.close();
}

main().catch(failStart);
