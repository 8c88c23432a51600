import { evaluate } from 'feelin';
import type { Mapping, Value } from '../../domain/processes/model/graph.ts';

export type Variables = Record<string, unknown>;

/** Evaluates FEEL against the variables; a failure names the expression. */
export function feel(expression: string, vars: Variables): unknown {
  const { value } = evaluate(expression, vars);
  return toPlain(value);
}

export function valueOf(v: Value | undefined, vars: Variables): unknown {
  if (!v) return undefined;
  return 'feel' in v ? feel(v.feel, vars) : v.literal;
}

/** Applies mappings: each source is evaluated against `vars`, written to `target` in the result. */
export function applyMappings(mappings: Mapping[], vars: Variables, into: Variables = {}): Variables {
  for (const m of mappings) setPath(into, m.target, feel(m.source, { ...vars, ...into }));
  return into;
}

function setPath(obj: Variables, path: string, value: unknown): void {
  const keys = path.split('.');
  let at: Variables = obj;
  for (const key of keys.slice(0, -1)) {
    if (typeof at[key] !== 'object' || at[key] === null) at[key] = {};
    at = at[key] as Variables;
  }
  at[keys[keys.length - 1]!] = value;
}

/** FEEL values (dates, durations) become JSON: variables are stored and shown as JSON. */
function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const v = value as { toISO?: () => string; toJSON?: () => unknown };
    if (typeof v.toISO === 'function') return v.toISO();
    if (value.constructor === Object) return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, toPlain(x)]));
    return typeof v.toJSON === 'function' ? v.toJSON() : String(value);
  }
  return value;
}
