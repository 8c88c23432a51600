/** A moment as the value of a `datetime-local` input, in the user's time zone. */
export function toLocalInput(date: Date): string {
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/**
 * A `datetime-local` value as an ISO instant. Empty or unreadable input is sent as it is, so the
 * server's validation names the field (one source of messages for every client).
 */
export function toInstant(value: string): string {
  const d = new Date(value);
  return value && !Number.isNaN(d.getTime()) ? d.toISOString() : value;
}

/** The next full hour from now: a sensible default for a contact being planned. */
export function nextHour(now = new Date()): Date {
  const d = new Date(now);
  d.setMinutes(0, 0, 0);
  d.setHours(d.getHours() + 1);
  return d;
}

/** Tomorrow at a working hour where the user is: the default for the next contact after one is done. */
export function tomorrowAt(hour: number, now = new Date()): Date {
  const d = new Date(now);
  d.setDate(d.getDate() + 1);
  d.setHours(hour, 0, 0, 0);
  return d;
}
