const DAY_MS = 86_400_000;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

/** `HH:MM[:SS]` (UTC) → milliseconds after midnight; refuses anything else so a typo fails at once. */
export function timeOfDayMs(text: string): number {
  const m = TIME.exec(text);
  if (!m) throw new Error(`"${text}" is not a time of day (HH:MM or HH:MM:SS, UTC)`);
  return (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)) * 1000;
}

/**
 * When the responsible hears that a contract ends: `remindDaysBefore` days before `validTo`,
 * at the reminder time of day (UTC). None for an open-ended contract or one already ended;
 * a reminder day already past fires at once (the contract ends soon and nobody was told).
 */
export function expiryReminderAt(c: { validTo?: string | null; remindDaysBefore: number }, timeOfDay: string, now = new Date()): Date | null {
  if (!c.validTo) return null;
  const end = Date.parse(`${c.validTo}T00:00:00Z`);
  if (end + DAY_MS <= now.getTime()) return null;
  return new Date(end - c.remindDaysBefore * DAY_MS + timeOfDayMs(timeOfDay));
}
