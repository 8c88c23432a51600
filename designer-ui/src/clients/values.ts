/** A stored field value as one short line for the history and conflict views. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(showValue).join(', ') || '—';
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const main = o.number ?? o.address ?? o.text ?? o.handle ?? o.value;
    if (main !== undefined) return String(main) + (o.label ? ` (${String(o.label)})` : '');
    return JSON.stringify(value);
  }
  return String(value);
}
