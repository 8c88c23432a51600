import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import type { MikroORM } from '@mikro-orm/postgresql';
import { fileURLToPath } from 'node:url';
import type { TemporalTarget } from '../config/temporal.ts';
import { createActivities } from '../activities/index.ts';
import { createLivePush } from '../domain/system/index.ts';
import { createMailer, type MailSettings } from '../activities/delivery/mailer.ts';

export const workflowsPath = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

export interface WorkerDeps {
  target: TemporalTarget;
  orm: MikroORM;
  /** A prebuilt bundle (tests build it once per run); otherwise the worker bundles at start. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  /** Another workflows entry (the benchmark adds its hand-written yardstick). */
  workflowsPath?: string;
  /** E-mail for notify/mail tasks; without an SMTP URL e-mails go to the log. */
  mail?: MailSettings;
  /** Where live pushes (socket.io through PostgreSQL) go; without it nothing is pushed. */
  databaseUrl?: string;
  /** Stack frames in workflow errors and the stack-trace query (WORKFLOW_STACK_TRACES), at a CPU cost. */
  stackTraces?: boolean;
}

const stackTracesOff = fileURLToPath(new URL('../workflows/stack-traces-off.ts', import.meta.url));

/**
 * Modules the workflow sandbox loads once and shares between workflows, instead of once per
 * workflow: the FEEL parser builds its grammar tables when loaded (a tenth of the workflow
 * thread's time per instance otherwise). Stateless, so safe to share; see `preloadModules`.
 * Without `stackTraces`, workflows capture no stack frames (see workflows/stack-traces-off.ts).
 */
export function bundlerOptions(stackTraces = false) {
  return { preloadModules: ['feelin', ...(stackTraces ? [] : [stackTracesOff])] };
}

export const workflowBundlerOptions = bundlerOptions();

export const defaultMail: MailSettings = { from: 'Process CRM <crm@localhost>' };

export async function connectWorker({ target, orm, workflowBundle, workflowsPath: entry = workflowsPath, mail = defaultMail, databaseUrl, stackTraces }: WorkerDeps) {
  const delivery = { orm, mail, mailer: createMailer(mail), live: createLivePush(databaseUrl) };
  const connection = await NativeConnection.connect({ address: target.address, tls: target.tls, apiKey: target.apiKey });
  const worker = await Worker.create({
    connection,
    namespace: target.namespace,
    taskQueue: target.taskQueue,
    ...(workflowBundle ? { workflowBundle } : { workflowsPath: entry, bundlerOptions: bundlerOptions(stackTraces) }),
    activities: createActivities({ orm, delivery }),
  });
  /** After `worker.run()` has returned: the Temporal connection, the mail transport, the push pool. */
  async function close() {
    await connection.close();
    delivery.mailer.close();
    await delivery.live.close();
  }
  return { worker, connection, close };
}
