/** Class limits in percent: A takes the top `a` of sales, B the next `b`; X varies up to `x`, Y up to `y`. */
export interface Thresholds {
  a: number;
  b: number;
  x: number;
  y: number;
}

export const defaultThresholds: Thresholds = { a: 80, b: 15, x: 10, y: 25 };

/** The key of the first limit that does not fit (A + B beyond 100, Y below X), or null. */
export function thresholdProblem(t: Thresholds): 'ab' | 'xy' | null {
  if (t.a + t.b > 100) return 'ab';
  if (t.y < t.x) return 'xy';
  return null;
}
