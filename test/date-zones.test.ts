import { describe, expect, it } from 'vitest';
import { instantOf, shownIn, typedIn, wallClockIn } from '../designer-ui/src/dates/zoned.ts';

// The date fields of the UI: a user whose account zone is not the browser's types and reads times in the account's zone.
describe('wall clocks in the user’s zone', () => {
  it('reads a Kyiv wall clock as the instant it names, in winter and in summer time', () => {
    expect(instantOf('2026-11-26 14:30:00', 'Europe/Kyiv').toISOString()).toBe('2026-11-26T12:30:00.000Z');
    expect(instantOf('2026-07-01 09:00', 'Europe/Kyiv').toISOString()).toBe('2026-07-01T06:00:00.000Z');
    expect(instantOf('2026-11-26 14:30', 'America/New_York').toISOString()).toBe('2026-11-26T19:30:00.000Z');
  });

  it('keeps the wall clock on the days clocks change', () => {
    // 29 March 2026: Kyiv goes from 03:00 to 04:00; 25 October it falls back from 04:00 to 03:00.
    expect(wallClockIn(instantOf('2026-03-29 05:15', 'Europe/Kyiv'), 'Europe/Kyiv')).toBe('2026-03-29 05:15:00');
    expect(wallClockIn(instantOf('2026-10-25 02:15', 'Europe/Kyiv'), 'Europe/Kyiv')).toBe('2026-10-25 02:15:00');
  });

  it('round-trips a form value through the zone shown and typed back', () => {
    for (const zone of ['Europe/Kyiv', 'Asia/Tokyo', 'America/Los_Angeles', 'UTC']) {
      expect(typedIn(shownIn('2026-11-26T14:30', zone).slice(0, 16), zone)).toBe('2026-11-26T14:30');
    }
  });
});

describe('calendar days shown in any zone', () => {
  it('shows a due date as its own day for a user west of UTC, and instants in the user’s zone', async () => {
    const { formatDate, setDisplayTimeZone } = await import('../designer-ui/src/i18n/format.ts');
    setDisplayTimeZone('America/New_York');
    try {
      expect(formatDate('2026-12-31', 'en', { dateStyle: 'medium' })).toBe('Dec 31, 2026');
      expect(formatDate('2026-01-01', 'uk', { dateStyle: 'short' })).toBe('01.01.26');
      // An instant still moves with the zone: midnight UTC is the evening before in New York.
      expect(formatDate('2026-12-31T00:00:00Z', 'en', { dateStyle: 'medium' })).toBe('Dec 30, 2026');
    } finally {
      setDisplayTimeZone(null);
    }
  });
});
