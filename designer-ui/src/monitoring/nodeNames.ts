/** Element ids to their names in a BPMN document, for tables that list nodes by id. */
export function nodeNames(xml: string | null): Map<string, string> {
  const names = new Map<string, string>();
  if (!xml) return names;
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  for (const el of Array.from(doc.querySelectorAll('[id][name]'))) names.set(el.getAttribute('id')!, el.getAttribute('name')!);
  return names;
}
