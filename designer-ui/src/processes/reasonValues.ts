import type { TFunction } from 'i18next';
import { translate } from '../designer/translate/translate';

/** `complexGateway` / `ComplexGateway` → `Complex Gateway`: how bpmn-js names element types, so its dictionary knows them. */
const spaced = (type: string) => (type.charAt(0).toUpperCase() + type.slice(1)).replace(/([a-z])([A-Z])/g, '$1 $2');

/** A BPMN element type (`ComplexGateway`, `SignalEventDefinition`) in the user's language. */
export function elementTypeName(t: TFunction, type: string): string {
  const definition = /^(\w+?)EventDefinition$/.exec(type);
  if (definition) return t('designer.reasons.eventOfKind', { kind: eventKindName(t, definition[1]!.toLowerCase()) });
  return translate(spaced(type));
}

/** An event's trigger (`signal`, `error`, `compensate`) in the user's language; an unknown one as it came. */
export function eventKindName(t: TFunction, kind: string): string {
  return t(`designer.reasons.kinds.${kind}`, { defaultValue: kind });
}

/**
 * The values of a refusal reason made readable: element types and event kinds come from the
 * server as BPMN names (`ComplexGateway`, `signal`), which a Ukrainian sentence must not show raw.
 */
export function readableValues(t: TFunction, values: Record<string, string | number>): Record<string, string | number> {
  const out = { ...values };
  if (typeof out.type === 'string') out.type = elementTypeName(t, out.type);
  if (typeof out.kind === 'string') out.kind = eventKindName(t, out.kind);
  return out;
}
