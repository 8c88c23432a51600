import { describe, expect, it } from 'vitest';
import { expiryReminderAt, timeOfDayMs } from './expiry-time.ts';

const now = new Date('2026-11-23T12:00:00Z');

describe('contract expiry reminder time', () => {
  it('is the notice period before the last valid day, at the reminder time of day (UTC)', () => {
    expect(expiryReminderAt({ validTo: '2027-01-31', remindDaysBefore: 30 }, '09:00', now)).toEqual(new Date('2027-01-01T09:00:00Z'));
    expect(expiryReminderAt({ validTo: '2026-12-01', remindDaysBefore: 0 }, '17:30:15', now)).toEqual(new Date('2026-12-01T17:30:15Z'));
  });

  it('is due at once when the notice day has passed but the contract still runs; none when open-ended or ended', () => {
    expect(expiryReminderAt({ validTo: '2026-11-30', remindDaysBefore: 30 }, '09:00', now)!.getTime()).toBeLessThan(now.getTime());
    expect(expiryReminderAt({ validTo: '2026-11-23', remindDaysBefore: 0 }, '09:00', now)).not.toBeNull();
    expect(expiryReminderAt({ validTo: '2026-11-22', remindDaysBefore: 0 }, '09:00', now)).toBeNull();
    expect(expiryReminderAt({ validTo: null, remindDaysBefore: 30 }, '09:00', now)).toBeNull();
  });

  it('refuses a malformed time of day', () => {
    expect(timeOfDayMs('00:00:01')).toBe(1000);
    for (const bad of ['9:00', '24:00', '12:60', 'noon', '12:00:00Z']) expect(() => timeOfDayMs(bad)).toThrow();
  });
});
