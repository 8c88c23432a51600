/** Dates and times in the UI language, via Intl (no date library needed). */
export function formatDate(value: Date | string, language: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(language, options).format(date);
}

export function formatTime(value: Date | string, language: string): string {
  return formatDate(value, language, { timeStyle: 'medium' });
}

/** An amount in minor units (cents, kopecks) of a currency, in the UI language. */
export function formatMoney(minorUnits: number, currency: string, language: string): string {
  const format = new Intl.NumberFormat(language, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minorUnits / 10 ** digits);
}
