/**
 * Money is integer minor units (cents, kopecks) everywhere: in the database (bigint), in the
 * API and in calculations. Quantities are thousandths (milli-units) and rates basis points
 * (1 % = 100), so every calculation is integer arithmetic with one explicit rounding.
 */

/** 1.5 → 1500 thousandths; refuses more than three decimals. */
export function toMilli(qty: number): number {
  const milli = Math.round(qty * 1000);
  if (Math.abs(milli - qty * 1000) > 1e-6) throw new RangeError(`quantity ${qty} has more than three decimals`);
  return milli;
}

/** 20 → 2000 basis points; refuses more than two decimals. */
export function toBasisPoints(percent: number): number {
  const bp = Math.round(percent * 100);
  if (Math.abs(bp - percent * 100) > 1e-6) throw new RangeError(`percentage ${percent} has more than two decimals`);
  return bp;
}

/** a * b / c rounded half away from zero, in integers (BigInt keeps large products exact). */
export function mulDiv(a: number, b: number, c: number): number {
  const n = BigInt(a) * BigInt(b);
  const d = BigInt(c);
  const q = n / d;
  const r = n % d;
  const up = (r < 0n ? -r : r) * 2n >= (d < 0n ? -d : d);
  return Number(up ? q + (n < 0n ? -1n : 1n) : q);
}

/** 123456 → "1234.56" for documents and bank files (two decimals). */
export function formatMinor(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** "1 234,56" or "1234.56" → 123456; null when it is not an amount. */
export function parseAmount(text: string): number | null {
  const clean = text.replace(/[\s\u00a0']/g, '').replace(',', '.');
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(clean);
  if (!m) return null;
  const minor = Number(m[2]) * 100 + Number((m[3] ?? '0').padEnd(2, '0'));
  return m[1] ? -minor : minor;
}
