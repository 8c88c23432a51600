import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stopChild } from './processes.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs one role (api or worker) as a child process and restarts it if it dies on its own,
 * so a crashed worker resumes its workflows without anyone noticing but the log.
 */
export class ChildRole {
  private child?: ChildProcess;
  private stopping = false;
  private restarts = 0;

  constructor(
    private readonly name: string,
    private readonly script: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly log: (line: string) => void,
  ) {}

  start(): void {
    const child = spawn(process.execPath, ['--import', 'tsx', this.script], {
      cwd: root,
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const emit = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) this.log(`[${this.name}] ${line}`);
    };
    child.stdout?.on('data', emit);
    child.stderr?.on('data', emit);
    child.once('exit', (code, signal) => {
      if (this.stopping) return;
      this.restarts += 1;
      const delay = Math.min(30_000, 1000 * 2 ** Math.min(this.restarts, 5));
      this.log(`[${this.name}] exited (${signal ?? code}); restarting in ${delay / 1000} s`);
      setTimeout(() => !this.stopping && this.start(), delay).unref();
    });
  }

  stop(): Promise<void> {
    this.stopping = true;
    return this.child ? stopChild(this.child, 15_000) : Promise.resolve();
  }
}
