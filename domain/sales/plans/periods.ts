/** A plan period: a month `2026-11` or a quarter `2026-Q4`, as the half-open UTC range [from, to). */
export interface Period {
  key: string;
  kind: 'month' | 'quarter';
  from: Date;
  to: Date;
}

export const PERIOD = /^(\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4]))$/;

export function parsePeriod(key: string): Period | null {
  const m = PERIOD.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  const firstMonth = m[2] ? Number(m[2]) - 1 : (Number(m[3]) - 1) * 3;
  const months = m[2] ? 1 : 3;
  return { key, kind: m[2] ? 'month' : 'quarter', from: new Date(Date.UTC(year, firstMonth, 1)), to: new Date(Date.UTC(year, firstMonth + months, 1)) };
}
