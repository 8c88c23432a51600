/**
 * `npm run bench:engine`: the process engine on the embedded dev server, figures printed.
 * BENCH_INSTANCES (per round and variant, default 100), BENCH_SECONDS (sustained run, default
 * 180), BENCH_INFLIGHT (default 40), BENCH_MANAGERS (default 8).
 */
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { startEnvironment } from './environment.ts';
import { benchThreeTasks } from './three-tasks.ts';
import { benchFiveServices } from './five-services.ts';
import { benchDevServerRestart } from './restart.ts';

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

async function main() {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  console.log('Starting embedded PostgreSQL, the Temporal dev server (SQLite, WAL), the API and a worker process...');
  const env = await startEnvironment();
  try {
    let worker = await env.startWorker();
    const owner = await env.user('owner', ['process_owner']);
    const managers = await Promise.all(Array.from({ length: num('BENCH_MANAGERS', 8) }, (_, i) => env.user(`manager${i}`, ['sales_manager'])));
    await benchThreeTasks(env, owner, managers, num('BENCH_INSTANCES', 100));
    const sustained = await benchFiveServices(env, owner, worker, num('BENCH_SECONDS', 180), num('BENCH_INFLIGHT', 40));
    worker = sustained.worker;
    await benchDevServerRestart(env, owner, managers[0]!, worker);
  } finally {
    await env.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
