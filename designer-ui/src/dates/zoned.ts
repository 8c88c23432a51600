/**
 * Wall-clock times in a named zone and back. The forms hand date-time fields the browser's local
 * wall clock (`YYYY-MM-DDTHH:mm`, as `<input type=datetime-local>` did); a user whose account zone
 * differs from the browser's reads and types times in the account's zone. No imports: pure Intl.
 */

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The wall clock of `instant` in `zone`: `YYYY-MM-DD HH:mm:ss`. */
export function wallClockIn(instant: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}

/** The instant at which the clocks in `zone` show `wall` (`YYYY-MM-DD HH:mm[:ss]`); a skipped hour (spring forward) moves on. */
export function instantOf(wall: string, zone: string): Date {
  const [d = '', t = '00:00'] = wall.split(/[ T]/);
  const [y, mo, da] = d.split('-').map(Number);
  const [h, mi, s = 0] = t.split(':').map(Number);
  const asUtc = Date.UTC(y!, mo! - 1, da!, h!, mi!, s);
  // Two rounds find the zone's offset at that moment, also next to a DST change.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) guess = asUtc - (Date.parse(`${wallClockIn(new Date(guess), zone).replace(' ', 'T')}Z`) - guess);
  return new Date(guess);
}

/** The browser's local wall clock of `instant`: `YYYY-MM-DDTHH:mm`. */
export function browserWallClock(instant: Date): string {
  return `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}T${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}

/** A form's browser-local value shown in `zone` (Mantine's `YYYY-MM-DD HH:mm:ss`). */
export const shownIn = (browserLocal: string, zone: string): string => wallClockIn(new Date(browserLocal), zone);

/** What the user typed in `zone`, as the form's browser-local value. */
export const typedIn = (wall: string, zone: string): string => browserWallClock(instantOf(wall, zone));
