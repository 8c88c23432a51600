import { describe, expect, it } from 'vitest';
import { addWorkingDuration, addWorkingMs, type CalendarData } from './working-time.ts';

const weekdays = (from: string, to: string) => [1, 2, 3, 4, 5].map((day) => ({ day, from, to }));
const desk: CalendarData = { code: 'desk', timeZone: 'UTC', workingHours: weekdays('09:00', '17:00'), holidays: [] };
const at = (text: string) => Date.parse(text);
const add = (cal: CalendarData, start: string, d: string) => new Date(addWorkingDuration(cal, at(start), d)).toISOString();

describe('working time of a business calendar', () => {
  it('8 working hours from Friday 16:00 (9–17) land on Monday 16:00', () => {
    expect(add(desk, '2026-11-20T16:00:00Z', 'PT8H')).toBe('2026-11-23T16:00:00.000Z');
  });

  it('with 9–18 hours the same 8 hours end on Monday 15:00 (2 h Friday + 6 h Monday)', () => {
    const long = { ...desk, workingHours: weekdays('09:00', '18:00') };
    expect(add(long, '2026-11-20T16:00:00Z', 'PT8H')).toBe('2026-11-23T15:00:00.000Z');
  });

  it('a start outside working hours waits for the next opening', () => {
    expect(add(desk, '2026-11-21T10:00:00Z', 'PT1H')).toBe('2026-11-23T10:00:00.000Z'); // Saturday
    expect(add(desk, '2026-11-23T07:00:00Z', 'PT30M')).toBe('2026-11-23T09:30:00.000Z'); // early Monday
    expect(add(desk, '2026-11-23T17:00:00Z', 'PT1H')).toBe('2026-11-24T10:00:00.000Z'); // at closing
  });

  it('skips public holidays', () => {
    const holidays = { ...desk, holidays: ['2026-12-24', '2026-12-25'] };
    expect(add(holidays, '2026-12-23T16:00:00Z', 'PT2H')).toBe('2026-12-28T10:00:00.000Z');
  });

  it('counts days as working days and keeps the time of day', () => {
    expect(add(desk, '2026-11-20T11:00:00Z', 'P1D')).toBe('2026-11-23T11:00:00.000Z'); // Friday → Monday
    expect(add(desk, '2026-11-18T11:00:00Z', 'P1W')).toBe('2026-11-25T11:00:00.000Z');
    expect(add(desk, '2026-11-20T11:00:00Z', 'P1DT7H')).toBe('2026-11-24T10:00:00.000Z');
  });

  it('uses the calendar’s time zone, across a change of summer time', () => {
    const kyiv: CalendarData = { code: 'kyiv', timeZone: 'Europe/Kyiv', workingHours: weekdays('09:00', '18:00'), holidays: [] };
    // Friday 2026-10-23 17:00 Kyiv (UTC+3) + 3 h: 1 h Friday, 2 h Monday 26th from 09:00 (UTC+2 after the change).
    expect(add(kyiv, '2026-10-23T14:00:00Z', 'PT3H')).toBe('2026-10-26T09:00:00.000Z');
  });

  it('splits lunch breaks and refuses months', () => {
    const lunch = { ...desk, workingHours: [{ day: 1, from: '09:00', to: '13:00' }, { day: 1, from: '14:00', to: '18:00' }] };
    expect(new Date(addWorkingMs(lunch, at('2026-11-23T12:00:00Z'), 2 * 3600_000)).toISOString()).toBe('2026-11-23T15:00:00.000Z');
    expect(() => add(desk, '2026-11-23T12:00:00Z', 'P1M')).toThrow(/not a duration/);
  });
});
