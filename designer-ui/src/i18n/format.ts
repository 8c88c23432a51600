/** The zone the user reads times in (their account's); unset, the browser's. */
let displayZone: string | undefined;

/** The browser's own zone: what a user who never chose one is shown, and their first login saves. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The account's zone when it differs from the browser's (date-time fields then read and write in it). */
export const displayTimeZone = (): string | undefined => (displayZone && displayZone !== browserTimeZone() ? displayZone : undefined);

/** Every later formatDate shows instants in `zone` (the account's choice, set at login and when changed). */
export function setDisplayTimeZone(zone: string | null | undefined): void {
  displayZone = zone ?? undefined;
}

const calendarDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Dates and times in the UI language and the user's zone, via Intl; an explicit `timeZone` wins.
 * A calendar day (`2026-12-31`: a due date, a contract's end) has no zone: it reads as the same
 * day everywhere, never the day before west of UTC where its midnight falls on the 30th.
 */
export function formatDate(value: Date | string, language: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  if (typeof value === 'string' && calendarDay.test(value)) return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(language, { timeZone: displayZone, ...options }).format(date);
}

export function formatTime(value: Date | string, language: string): string {
  return formatDate(value, language, { timeStyle: 'medium' });
}

/** An amount in minor units (cents, kopecks) of a currency, in the UI language. */
export function formatMoney(minorUnits: number, currency: string, language: string): string {
  const format = new Intl.NumberFormat(language, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minorUnits / 10 ** digits);
}
