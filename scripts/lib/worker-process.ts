import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface WorkerProcess {
  child: ChildProcess;
  /** Everything it printed so far, for error messages. */
  output(): string;
}

/**
 * A Temporal worker as its own OS process (`script` defaults to `npm run worker`'s), started
 * with `env` on top of ours; resolves once it polls. Tests and benchmarks kill it to show
 * that instances survive a crashed worker.
 */
export async function spawnWorkerProcess(env: Record<string, string>, script = 'scripts/worker.ts'): Promise<WorkerProcess> {
  // One OS process: node with tsx's loader. The tsx CLI would fork a second node process
  // that outlives a SIGKILL of the first, and the "killed" worker would go on working.
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve(script)], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const collect = (d: Buffer) => (out += d.toString());
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start:\n${out}`)), 120_000);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`worker exited with ${code}:\n${out}`));
    };
    const check = () => {
      if (!out.includes('Worker polling')) return;
      clearTimeout(timer);
      child.stdout!.off('data', check);
      child.off('exit', onExit);
      resolve();
    };
    child.stdout!.on('data', check);
    child.once('exit', onExit);
  });
  return { child, output: () => out };
}

/** SIGKILL: no graceful shutdown; in-flight activities are lost with the process. */
export function killWorkerProcess(worker: WorkerProcess): Promise<void> {
  if (worker.child.exitCode !== null || worker.child.signalCode) return Promise.resolve();
  return new Promise((resolve) => {
    worker.child.once('exit', () => resolve());
    worker.child.kill('SIGKILL');
  });
}
