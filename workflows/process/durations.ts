/** ISO 8601 durations and dates for timers, computed without I/O (workflow-safe). */
const DURATION = /^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Milliseconds of a duration; months and years count as 30 and 365 days. */
export function durationMs(text: string): number {
  const m = DURATION.exec(text.trim());
  if (!m) throw new Error(`"${text}" is not an ISO 8601 duration`);
  const [, neg, y, mo, w, d, h, mi, s] = m;
  const n = (v?: string) => (v ? Number(v) : 0);
  const ms = ((((n(y) * 365 + n(mo) * 30 + n(w) * 7 + n(d)) * 24 + n(h)) * 60 + n(mi)) * 60 + n(s)) * 1000;
  return neg ? -ms : ms;
}

export interface Cycle {
  repetitions: number | null;
  intervalMs: number;
  startAt?: number;
}

/** `R3/PT10M`, `R/P1D`, `R2/2026-12-01T09:00:00Z/PT1H`. */
export function parseCycle(text: string): Cycle {
  const parts = text.trim().split('/');
  const reps = /^R(\d*)$/.exec(parts[0] ?? '');
  if (!reps || parts.length < 2) throw new Error(`"${text}" is not an ISO 8601 cycle`);
  const interval = durationMs(parts[parts.length - 1]!);
  const start = parts.length === 3 ? Date.parse(parts[1]!) : undefined;
  return { repetitions: reps[1] ? Number(reps[1]) : null, intervalMs: interval, ...(start !== undefined ? { startAt: start } : {}) };
}

export function dateMs(text: string): number {
  const ms = Date.parse(text.trim().replace(/@.*$/, ''));
  if (Number.isNaN(ms)) throw new Error(`"${text}" is not a date-time`);
  return ms;
}
