import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const uiRoot = path.join(fileURLToPath(new URL('../..', import.meta.url)), 'designer-ui');
export const uiDist = path.join(uiRoot, 'dist');

/** Builds the web UI when its sources are newer than the last build (a fresh clone has none). */
export async function buildUiIfStale(log: (line: string) => void): Promise<void> {
  const built = path.join(uiDist, 'index.html');
  const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
  if (builtAt > newestSource()) return;
  log('Building the web UI...');
  const { build } = await import('vite');
  await build({ configFile: path.join(uiRoot, 'vite.config.ts'), logLevel: 'warn' });
}

function newestSource(): number {
  let newest = 0;
  const visit = (p: string) => {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const child of fs.readdirSync(p)) visit(path.join(p, child));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  // The designer bundles the server's crm: schema and lint rules too.
  const shared = ['../domain/processes/model/crm-moddle.json', '../domain/processes/model/lint-rules.json'];
  for (const entry of ['src', 'index.html', 'vite.config.ts', 'public', ...shared]) {
    const p = path.join(uiRoot, entry);
    if (fs.existsSync(p)) visit(p);
  }
  return newest;
}
