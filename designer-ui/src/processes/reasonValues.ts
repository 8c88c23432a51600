import type { TFunction } from 'i18next';
import { elementTypeLabel } from './elementTypeLabel';

/** A BPMN element type (`ComplexGateway`, `SignalEventDefinition`) in the user's language. */
export function elementTypeName(t: TFunction, type: string): string {
  const definition = /^(\w+?)EventDefinition$/.exec(type);
  if (definition) return t('designer.reasons.eventOfKind', { kind: eventKindName(t, definition[1]!.toLowerCase()) });
  return elementTypeLabel(type);
}

/** An event's trigger (`signal`, `error`, `compensate`) in the user's language; an unknown one as it came. */
export function eventKindName(t: TFunction, kind: string): string {
  return t(`designer.reasons.kinds.${kind}`, { defaultValue: kind });
}

/**
 * The values of a refusal reason made readable: element types and event kinds come from the
 * server as BPMN names (`ComplexGateway`, `signal`) and settings by key (`to`), which a Ukrainian
 * sentence must not show raw.
 */
export function readableValues(t: TFunction, values: Record<string, string | number>): Record<string, string | number> {
  const out = { ...values };
  if (typeof out.type === 'string') out.type = elementTypeName(t, out.type);
  if (typeof out.kind === 'string') out.kind = eventKindName(t, out.kind);
  // A connector's setting is named as the step's form labels it ("To", "Кому").
  if (typeof out.setting === 'string' && typeof out.connector === 'string') {
    out.setting = t(`designer.templateFields.${out.connector}.${out.setting}.label`, { defaultValue: out.setting });
  }
  return out;
}
