import type { TimerDefinition } from './graph.ts';
import { toValue } from './feel.ts';
import type { Reason } from './reasons.ts';

const DURATION = /^-?P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}|@[\w/+-]+)?$/;
const CYCLE = /^R(\d*)(\/([^/]+))?\/(P[^/]+)$/;

/** The timer of a TimerEventDefinition, or the reason it cannot run. */
export function readTimer(def: { timeDate?: { body?: string }; timeDuration?: { body?: string }; timeCycle?: { body?: string } }): TimerDefinition | Reason {
  const kinds = [
    ['date', def.timeDate],
    ['duration', def.timeDuration],
    ['cycle', def.timeCycle],
  ] as const;
  const present = kinds.filter(([, v]) => v?.body?.trim());
  if (present.length !== 1) return 'A timer needs exactly one of date, duration or cycle';
  const [kind, raw] = present[0]!;
  const value = toValue(raw!.body!);
  if ('literal' in value) {
    const text = value.literal;
    const valid =
      kind === 'duration' ? DURATION.test(text) : kind === 'date' ? DATE_TIME.test(text) && !Number.isNaN(Date.parse(text.replace(/@.*$/, ''))) : cycleValid(text);
    if (!valid) return { code: `timer.invalid_${kind}` as const, values: { value: text } };
  }
  return { kind, value };
}

function cycleValid(text: string): boolean {
  const m = CYCLE.exec(text);
  if (!m) return false;
  if (m[3] && !DATE_TIME.test(m[3])) return false;
  return DURATION.test(m[4]!);
}
