/** Required fields of a form-js schema that a submission leaves empty, as field paths. */
export function missingRequiredFields(schema: unknown, submitted: Record<string, unknown>): { field: string; message: string }[] {
  const missing: { field: string; message: string }[] = [];
  const visit = (components: unknown) => {
    if (!Array.isArray(components)) return;
    for (const c of components as { key?: string; label?: string; validate?: { required?: boolean }; components?: unknown }[]) {
      const value = c.key ? submitted[c.key] : undefined;
      if (c.key && c.validate?.required && (value === undefined || value === null || value === '')) {
        missing.push({ field: c.key, message: `${c.label ?? c.key} is required` });
      }
      visit(c.components);
    }
  };
  visit((schema as { components?: unknown } | null)?.components);
  return missing;
}
