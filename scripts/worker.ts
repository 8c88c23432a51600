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
  const url = databaseUrl(settings);
  // Tests that spawn many workers hand them the bundle they built once instead of bundling again.
  const prebuilt = process.env.CRM_WORKFLOW_BUNDLE;
  const { worker, close } = await connectWorker({
    target,
    orm,
    databaseUrl: url,
    mail: { smtpUrl: settings.SMTP_URL, from: settings.MAIL_FROM },
    stackTraces: settings.WORKFLOW_STACK_TRACES,
    ...(prebuilt ? { workflowBundle: { codePath: prebuilt } } : {}),
  });
  console.log(`Worker polling task queue "${target.taskQueue}" on ${target.address} (namespace ${target.namespace})`);
  // Worker.run resolves after SIGINT/SIGTERM once in-flight tasks are handed back.
  await worker.run();
  await close();
  await orm.close();
}

main().catch(failStart);
