/** A field the submission got wrong: its key, a sentence, and a stable code for translations. */
export interface FieldFault {
  field: string;
  message: string;
  code: 'required' | 'too_small' | 'too_big' | 'out_of_range' | 'invalid_format';
}

interface Component {
  key?: string;
  label?: string;
  type?: string;
  validate?: { required?: boolean; min?: number; max?: number; minLength?: number; maxLength?: number; pattern?: string };
  components?: unknown;
}

const empty = (v: unknown) => v === undefined || v === null || v === '';

/** The first rule of a form-js component that a value breaks (the rules form-js checks in the browser). */
function fault(c: Component & { key: string }, value: unknown): FieldFault | null {
  const name = c.label ?? c.key;
  const rules = c.validate ?? {};
  if (empty(value)) return rules.required ? { field: c.key, message: `${name} is required`, code: 'required' } : null;
  if (typeof value === 'number') {
    if (typeof rules.min === 'number' && value < rules.min) return { field: c.key, message: `${name} must be at least ${rules.min}`, code: 'out_of_range' };
    if (typeof rules.max === 'number' && value > rules.max) return { field: c.key, message: `${name} must be at most ${rules.max}`, code: 'out_of_range' };
  }
  if (typeof value === 'string') {
    if (typeof rules.minLength === 'number' && value.length < rules.minLength) return { field: c.key, message: `${name} must have at least ${rules.minLength} characters`, code: 'too_small' };
    if (typeof rules.maxLength === 'number' && value.length > rules.maxLength) return { field: c.key, message: `${name} must have at most ${rules.maxLength} characters`, code: 'too_big' };
    if (rules.pattern && !safeTest(rules.pattern, value)) return { field: c.key, message: `${name} does not match the expected format`, code: 'invalid_format' };
  }
  return null;
}

// A pattern the model's author mistyped must not turn every completion into an error.
function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern).test(value);
  } catch {
    return true;
  }
}

/**
 * The fields of a form-js schema that a submission gets wrong, as field paths: required ones
 * left empty, numbers outside min/max, text outside minLength/maxLength or not matching the
 * pattern. Used by the Update validator: a refused completion leaves no trace in the history.
 */
export function missingRequiredFields(schema: unknown, submitted: Record<string, unknown>): FieldFault[] {
  const faults: FieldFault[] = [];
  const visit = (components: unknown) => {
    if (!Array.isArray(components)) return;
    for (const c of components as Component[]) {
      const found = c.key ? fault(c as Component & { key: string }, submitted[c.key]) : null;
      if (found) faults.push(found);
      visit(c.components);
    }
  };
  visit((schema as { components?: unknown } | null)?.components);
  return faults;
}
