const steps: [Intl.NumberFormatOptions['unit'], number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
  ['millisecond', 1],
];

/** A duration in the largest unit that fits, in the UI language ("3.2 h", "12 s"). */
export function formatDuration(ms: number | null, language: string): string {
  if (ms === null) return '—';
  const [unit, size] = steps.find(([, s]) => Math.abs(ms) >= s) ?? steps[steps.length - 1]!;
  const value = ms / size;
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'narrow', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/**
 * A chart axis for durations in one unit that suits the longest (hours for a day and a half),
 * so the ticks fall on round numbers of it: chart values are `ms / scale`.
 */
export function durationAxis(maxMs: number, language: string) {
  const [unit, scale] = steps.slice(0, 4).find(([, s]) => maxMs >= 2 * s) ?? steps[3]!;
  const f = new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'narrow', maximumFractionDigits: 1 });
  return { scale, tick: (value: number) => f.format(value), full: (value: number) => formatDuration(value * scale, language) };
}
