import type { Element } from './parse.ts';
import type { Mapping } from './graph.ts';

/** The first extension element of a Zeebe type (`zeebe:TaskDefinition`...), if any. */
export function ext(element: Element, type: string): Element | undefined {
  return element.extensionElements?.values?.find((v: Element) => v.$type === type);
}

export function mappingsOf(element: Element): { inputs: Mapping[]; outputs: Mapping[] } {
  const io = ext(element, 'zeebe:IoMapping');
  const read = (list: Element[] | undefined) =>
    (list ?? []).map((p: Element) => ({ source: String(p.source ?? '').replace(/^=/, '').trim(), target: String(p.target ?? '') }));
  return { inputs: read(io?.inputParameters), outputs: read(io?.outputParameters) };
}

export function headersOf(element: Element): Record<string, string> {
  const headers = ext(element, 'zeebe:TaskHeaders')?.values ?? [];
  return Object.fromEntries(headers.map((h: Element) => [String(h.key), String(h.value ?? '')]));
}
