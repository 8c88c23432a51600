import { describe, expect, it } from 'vitest';
import { parsePeriod } from './periods.ts';

describe('plan periods', () => {
  it('reads months and quarters as half-open UTC ranges, across the year end', () => {
    expect(parsePeriod('2026-11')).toEqual({ key: '2026-11', kind: 'month', from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') });
    expect(parsePeriod('2026-12')!.to).toEqual(new Date('2027-01-01T00:00:00Z'));
    expect(parsePeriod('2026-Q4')).toEqual({ key: '2026-Q4', kind: 'quarter', from: new Date('2026-10-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') });
    expect(parsePeriod('2026-Q1')!.to).toEqual(new Date('2026-04-01T00:00:00Z'));
  });

  it('refuses anything else', () => {
    for (const bad of ['2026-13', '2026-00', '2026-Q5', '2026-q1', '26-11', '2026-1', '2026-11-01']) expect(parsePeriod(bad)).toBeNull();
  });
});
