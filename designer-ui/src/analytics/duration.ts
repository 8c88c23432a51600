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
