import path from 'node:path';
import { settingsSchema, type Settings } from './settings.ts';

export type { Settings } from './settings.ts';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; a wrong value names the variable and what it expects. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = settingsSchema.safeParse(blankless);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`),
    );
  }
  return { ...parsed.data, DATA_DIR: path.resolve(parsed.data.DATA_DIR) };
}

export function databaseUrl(settings: Settings): string {
  return (
    settings.DATABASE_URL ??
    `postgres://postgres:postgres@127.0.0.1:${settings.EMBEDDED_PG_PORT}/crm`
  );
}

export function temporalAddress(settings: Settings): string {
  return settings.TEMPORAL_ADDRESS ?? `127.0.0.1:${settings.EMBEDDED_TEMPORAL_PORT}`;
}
