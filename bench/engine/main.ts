/**
 * `npm run bench:engine`: the process engine on the embedded dev server, figures printed.
 * BENCH_INSTANCES (per round and variant, default 100), BENCH_SECONDS (sustained run, default
 * 180), BENCH_INFLIGHT (default 40), BENCH_MANAGERS (default 8). BENCH_ONLY=2 (or 1,3) runs only
 * those parts: a short `BENCH_ONLY=2 BENCH_SECONDS=45` compares engine changes in minutes.
 */
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { startEnvironment } from './environment.ts';
import { benchThreeTasks } from './three-tasks.ts';
import { benchFiveServices } from './five-services.ts';
import { benchDevServerRestart } from './restart.ts';

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const parts = (process.env.BENCH_ONLY ?? '1,2,3').split(',').map((p) => p.trim());

async function main() {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  console.log('Starting embedded PostgreSQL, the Temporal dev server (SQLite, WAL), the API and a worker process...');
  const env = await startEnvironment();
  try {
    let worker = await env.startWorker();
    const owner = await env.user('owner', ['process_owner']);
    const managers = await Promise.all(Array.from({ length: num('BENCH_MANAGERS', 8) }, (_, i) => env.user(`manager${i}`, ['sales_manager'])));
    if (parts.includes('1')) await benchThreeTasks(env, owner, managers, num('BENCH_INSTANCES', 100));
    if (parts.includes('2')) worker = (await benchFiveServices(env, owner, worker, num('BENCH_SECONDS', 180), num('BENCH_INFLIGHT', 40))).worker;
    if (parts.includes('3')) await benchDevServerRestart(env, owner, managers[0]!, worker);
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
