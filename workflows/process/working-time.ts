/**
 * Working-time arithmetic for business calendars: pure, no I/O, used by the workflow
 * (calendar data comes in through an activity result). Local times are in the calendar's
 * IANA time zone, through Intl (the same zone data on every replay of one Node version).
 */
export interface CalendarData {
  code: string;
  timeZone: string;
  /** Per ISO weekday (1 = Monday … 7 = Sunday), local "HH:MM" intervals; days absent are off. */
  workingHours: { day: number; from: string; to: string }[];
  /** Public holidays, local dates "YYYY-MM-DD". */
  holidays: string[];
}

const DAY = 86_400_000;
const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

interface LocalDay {
  y: number;
  m: number;
  d: number;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function parts(ms: number, timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short' });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, x.value]));
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(p.weekday!) + 1;
  return { y: +p.year!, m: +p.month!, d: +p.day!, h: +p.hour!, mi: +p.minute!, s: +p.second!, weekday };
}

/** The instant of a local wall time (offset taken at that time; the gap hour of DST moves on). */
function instant(timeZone: string, day: LocalDay, minutes: number): number {
  const wall = Date.UTC(day.y, day.m - 1, day.d) + minutes * 60_000;
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const p = parts(guess, timeZone);
    const offset = Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi, p.s) - guess;
    guess = wall - offset;
  }
  return guess;
}

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + (m ?? 0);
};
const iso = (day: LocalDay) => `${day.y}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;

/** Working intervals [start, end) of the local day containing `ms`, as instants. */
function intervals(cal: CalendarData, day: LocalDay): [number, number][] {
  if (cal.holidays.includes(iso(day))) return [];
  return cal.workingHours
    .filter((w) => w.day === day.weekday)
    .map((w) => [instant(cal.timeZone, day, minutesOf(w.from)), instant(cal.timeZone, day, minutesOf(w.to))] as [number, number])
    .sort((a, b) => a[0] - b[0]);
}

function localDay(ms: number, timeZone: string): LocalDay {
  const { y, m, d, weekday } = parts(ms, timeZone);
  return { y, m, d, weekday };
}

function nextDay(day: LocalDay): LocalDay {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d) + DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), weekday: (day.weekday % 7) + 1 };
}

/** The instant after `workMs` of working time from `startMs` (a start off hours waits for the next opening). */
export function addWorkingMs(cal: CalendarData, startMs: number, workMs: number): number {
  if (workMs <= 0) return startMs;
  if (!cal.workingHours.length) throw new Error(`The calendar "${cal.code}" has no working hours`);
  let remaining = workMs;
  let day = localDay(startMs, cal.timeZone);
  for (let i = 0; i < 3700; i++, day = nextDay(day)) {
    for (const [from, to] of intervals(cal, day)) {
      const begin = Math.max(from, startMs);
      if (to <= begin) continue;
      if (remaining <= to - begin) return begin + remaining;
      remaining -= to - begin;
    }
  }
  throw new Error(`The calendar "${cal.code}" has no working time in the next ten years`);
}

/**
 * A duration in working time: weeks and days are whole working days (the same working time on
 * a later working day), hours, minutes and seconds are working time. Months and years are refused.
 */
export function addWorkingDuration(cal: CalendarData, startMs: number, duration: string): number {
  const m = DURATION.exec(duration.trim());
  if (!m) throw new Error(`"${duration}" is not a duration a business calendar can count (use W, D, H, M, S)`);
  const n = (v?: string) => (v ? Number(v) : 0);
  const days = n(m[1]) * 5 + n(m[2]);
  const timeMs = ((n(m[3]) * 60 + n(m[4])) * 60 + n(m[5])) * 1000;
  let at = addWorkingMs(cal, startMs, 1) - 1; // the next working instant (or now, during hours)
  for (let i = 0; i < days; i++) at = nextWorkingDaySameTime(cal, at);
  return addWorkingMs(cal, at, timeMs);
}

/** The same amount of the working day done, on the next working day. */
function nextWorkingDaySameTime(cal: CalendarData, ms: number): number {
  const today = localDay(ms, cal.timeZone);
  const doneToday = intervals(cal, today).reduce((sum, [from, to]) => sum + Math.max(0, Math.min(to, ms) - from), 0);
  let day = nextDay(today);
  for (let i = 0; i < 3700 && !intervals(cal, day).length; i++) day = nextDay(day);
  const [first] = intervals(cal, day);
  return doneToday > 0 ? addWorkingMs(cal, first![0], doneToday) : first![0];
}
