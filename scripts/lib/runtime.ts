import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadSettings, type Settings } from '../../config/index.ts';
import { StartError } from './ports.ts';

/** Settings for an entry script; a wrong value ends the process with the message, not a stack. */
export function settingsOrExit(): Settings {
  try {
    return loadSettings();
  } catch (err) {
    if (err instanceof ConfigError) exitWith(err.message);
    throw err;
  }
}

export function exitWith(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

/** Ends the process with a readable message for start failures, a stack for the rest. */
export function failStart(err: unknown): never {
  if (err instanceof StartError || err instanceof ConfigError) exitWith(err.message);
  console.error(err);
  process.exit(1);
}

/**
 * JWT_SECRET, or on a developer machine a random one kept under the data directory so
 * that sessions survive restarts. Production requires JWT_SECRET (config enforces it).
 */
export function sessionSecret(settings: Settings): string {
  if (settings.JWT_SECRET) return settings.JWT_SECRET;
  const file = path.join(settings.DATA_DIR, 'session-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(settings.DATA_DIR, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return fs.readFileSync(file, 'utf8').trim();
}
