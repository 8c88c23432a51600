/** Dates and times in the UI language, via Intl (no date library needed). */
export function formatDate(value: Date | string, language: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(language, options).format(date);
}

export function formatTime(value: Date | string, language: string): string {
  return formatDate(value, language, { timeStyle: 'medium' });
}
