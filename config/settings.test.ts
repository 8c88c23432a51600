import { describe, expect, it } from 'vitest';
import { ConfigError, databaseUrl, loadSettings, temporalAddress } from './index.ts';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadSettings(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('settings', () => {
  it('defaults to the embedded servers', () => {
    const settings = loadSettings({});
    expect(databaseUrl(settings)).toBe('postgres://postgres:postgres@127.0.0.1:5433/crm');
    expect(temporalAddress(settings)).toBe('127.0.0.1:7233');
    expect(settings.PORT).toBe(3000);
  });

  it('uses external servers when they are named', () => {
    const settings = loadSettings({ DATABASE_URL: 'postgres://u:p@db.internal:5432/crm', TEMPORAL_ADDRESS: 'temporal:7233' });
    expect(databaseUrl(settings)).toBe('postgres://u:p@db.internal:5432/crm');
    expect(temporalAddress(settings)).toBe('temporal:7233');
  });

  it('names each wrong variable and what it expects', () => {
    const problems = problemsOf({ PORT: 'eighty', DATABASE_URL: 'mysql://x/y', TEMPORAL_ADDRESS: 'no-port', SESSION_HOURS: '-1' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'PORT', 'SESSION_HOURS', 'TEMPORAL_ADDRESS']);
    expect(problems.find((p) => p.startsWith('PORT'))).toMatch(/number/i);
    expect(problems.find((p) => p.startsWith('TEMPORAL_ADDRESS'))).toMatch(/host:port/);
  });

  it('requires JWT_SECRET in production and the admin e-mail and password together', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual(['JWT_SECRET: required in production']);
    expect(problemsOf({ CRM_ADMIN_EMAIL: 'admin@example.test' })).toEqual([
      'CRM_ADMIN_PASSWORD: CRM_ADMIN_EMAIL and CRM_ADMIN_PASSWORD are set together',
    ]);
    expect(problemsOf({ JWT_SECRET: 'short' })[0]).toMatch(/^JWT_SECRET: .*32/);
  });

  it('treats empty variables as unset', () => {
    expect(loadSettings({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });
});
