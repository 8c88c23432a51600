import { formatDate } from '../i18n/format';

/** Today's calendar date where the user is, as `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from today to a calendar date (negative once it is past); null for no date. */
export function daysUntil(date: string | null, today = localToday()): number | null {
  if (!date) return null;
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** An ISO instant as the value of a `datetime-local` input (the user's time zone). */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** A `datetime-local` value back to an ISO instant; null when empty or not a date. */
export function fromLocalInput(value: string): string | null {
  const d = new Date(value);
  return value && !Number.isNaN(d.getTime()) ? d.toISOString() : null;
}

/** A calendar date (`YYYY-MM-DD`) in the UI language, the same day in every time zone. */
export function formatDay(date: string, language: string, dateStyle: 'medium' | 'long' = 'medium'): string {
  return formatDate(date, language, { dateStyle });
}
