/**
 * Refusal reasons that carry values (ids, expressions, limits), by a stable code with their
 * English text. The API sends the code and values beside the English message, so the designer
 * says the same in the user's language with the values filled in (designer.reasons.<code>).
 */
export const reasonTexts = {
  'process.ambiguous': 'Deploy one process at a time: {count} processes are marked executable or none is',
  'subset.unsupported_type': '{type} is not supported',
  'crm.win_probability': 'Win probability must be between 0 and 100, not {probability}',
  'timer.invalid_duration': '"{value}" is not a valid ISO 8601 duration (e.g. PT8H, P2D)',
  'timer.invalid_date': '"{value}" is not a valid ISO 8601 date (e.g. 2026-12-01T09:00:00Z)',
  'timer.invalid_cycle': '"{value}" is not a valid ISO 8601 cycle (e.g. R3/PT10M, R/P1D)',
  'feel.syntax': 'FEEL syntax error at position {position}: {expression}',
  'subset.start_event': 'A {kind} start event is not supported',
  'subset.end_event': 'A {kind} end event is not supported',
  'gateway.condition_missing': 'The flow out of "{gateway}" needs a condition or must be the default flow',
  'task.assignment_rule': 'Unknown assignment rule "{rule}" (claim, roundRobin, leastLoaded)',
  'task.retries': 'Retries must be a whole number, not "{retries}"',
  'connector.setting_missing': 'The step cannot run without "{setting}": fill it in the step\'s form',
  'xml.duplicate_id': 'Two elements have the id "{id}" (the process counts too): every id in a BPMN document must be unique',
  'xml.unreadable': 'The XML cannot be read: {error}',
} as const;

export type ReasonCode = keyof typeof reasonTexts;
export type ReasonValues = Record<string, string | number>;

/** A reason with values: what a refusal says, and what the designer translates. */
export interface CodedReason {
  code: ReasonCode;
  values: ReasonValues;
}

/** A reason as plain English (fixed texts, translated by the designer's dictionary) or coded. */
export type Reason = string | CodedReason;

/** The English text of a reason, values filled in. */
export function reasonText(reason: Reason): string {
  if (typeof reason === 'string') return reason;
  return reasonTexts[reason.code].replace(/{(\w+)}/g, (whole, key: string) => (key in reason.values ? String(reason.values[key]) : whole));
}

/** The fields a coded reason adds to a problem (nothing for a plain one). */
export function reasonFields(reason: Reason): { reason: string; reasonCode?: ReasonCode; values?: ReasonValues } {
  return typeof reason === 'string' ? { reason } : { reason: reasonText(reason), reasonCode: reason.code, values: reason.values };
}
