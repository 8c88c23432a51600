/** A list endpoint with the screen's filters as query parameters; unset ones are left out. */
export function exportPath(path: string, params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') q.set(key, String(value));
  const query = q.toString();
  return query ? `${path}?${query}` : path;
}
