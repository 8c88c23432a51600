import { BpmnModdle } from 'bpmn-moddle';
import { createRequire } from 'node:module';
import type { ModelProblem } from './graph.ts';
import { reasonFields, type Reason } from './reasons.ts';

const require = createRequire(import.meta.url);
const zeebe = require('zeebe-bpmn-moddle/resources/zeebe.json');
const crm = require('./crm-moddle.json');

// moddle elements are dynamic objects; the compiler reads them by BPMN property names.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Element = any;

export type Parsed = { ok: true; definitions: Element; warnings: ModelProblem[] } | { ok: false; problems: ModelProblem[] };

/** Parses BPMN XML with the Zeebe and crm: extensions; malformed input is one problem, never a throw. */
export async function parseBpmn(xml: string): Promise<Parsed> {
  const moddle = BpmnModdle({ zeebe, crm });
  try {
    const { rootElement, warnings } = await moddle.fromXML(xml, 'bpmn:Definitions');
    if (!rootElement || rootElement.$type !== 'bpmn:Definitions') {
      return { ok: false, problems: [documentProblem('The document is not BPMN 2.0 (no bpmn:definitions root)')] };
    }
    // moddle drops the second element with an id already taken (a warning only): refused, not lost.
    const duplicates = warnings.map((w: { message: string }) => /duplicate ID <([^>]+)>/.exec(w.message)?.[1]).filter(Boolean) as string[];
    if (duplicates.length) return { ok: false, problems: duplicates.map(duplicateIdProblem) };
    // Unknown elements and attributes from other tools are kept in the XML and ignored here.
    return { ok: true, definitions: rootElement, warnings: warnings.map((w: { message: string }) => documentProblem(w.message)) };
  } catch (err) {
    return { ok: false, problems: [documentProblem({ code: 'xml.unreadable', values: { error: (err as Error).message.split('\n')[0]! } })] };
  }
}

function duplicateIdProblem(id: string): ModelProblem {
  return { elementId: id, elementType: 'element', ...reasonFields({ code: 'xml.duplicate_id', values: { id } }), rule: 'xml.duplicate_id' };
}

function documentProblem(reason: Reason): ModelProblem {
  return { elementId: '', elementType: 'definitions', ...reasonFields(reason), rule: 'xml' };
}
