/** A key suggestion from a file name: `Lead qualification.bpmn` → `lead-qualification`. */
export function keyFromFileName(name: string): string {
  return name
    .replace(/\.(bpmn|xml)$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}
