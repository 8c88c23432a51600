import type { BoundaryEventNode, CatchEventNode, EndEventNode, StartEventNode, TimerDefinition } from './graph.ts';
import { ext } from './extensions.ts';
import { feelSyntaxError } from './feel.ts';
import { formOf } from './forms.ts';
import type { Element } from './parse.ts';
import type { Problems } from './problems.ts';
import { readTimer } from './timers.ts';

type Trigger =
  | { kind: 'none' }
  | { kind: 'terminate' }
  | { kind: 'timer'; timer: TimerDefinition }
  | { kind: 'message'; messageName: string; correlationKey?: string }
  | { kind: 'error'; errorCode?: string };

const unsupported: Record<string, string> = {
  'bpmn:SignalEventDefinition': 'Signal events are not supported; use a message',
  'bpmn:EscalationEventDefinition': 'Escalation events are not supported; use a timer boundary event with a notify task',
  'bpmn:CompensateEventDefinition': 'Compensation events are not supported',
  'bpmn:ConditionalEventDefinition': 'Conditional events are not supported; use an exclusive gateway',
  'bpmn:LinkEventDefinition': 'Link events are not supported; draw the sequence flow',
  'bpmn:CancelEventDefinition': 'Cancel events are not supported (no transactions)',
};

/** Reads the single event definition of an event; problems for anything we cannot run. */
export function triggerOf(event: Element, problems: Problems): Trigger | null {
  const defs: Element[] = event.eventDefinitions ?? [];
  if (defs.length === 0) return { kind: 'none' };
  if (defs.length > 1) {
    problems.add(event, 'An event with several definitions (multiple/parallel multiple) is not supported', 'subset.multiple_event');
    return null;
  }
  const def = defs[0];
  if (unsupported[def.$type]) {
    problems.add(event, unsupported[def.$type]!, 'subset.event_type');
    return null;
  }
  switch (def.$type) {
    case 'bpmn:TerminateEventDefinition':
      return { kind: 'terminate' };
    case 'bpmn:ErrorEventDefinition':
      return { kind: 'error', ...(def.errorRef?.errorCode ? { errorCode: String(def.errorRef.errorCode) } : {}) };
    case 'bpmn:TimerEventDefinition': {
      const timer = readTimer(def);
      if (typeof timer === 'string' || 'code' in timer) return problems.add(event, timer, 'timer.invalid'), null;
      if ('feel' in timer.value) checkFeel(event, timer.value.feel, problems);
      return { kind: 'timer', timer };
    }
    case 'bpmn:MessageEventDefinition': {
      const message = def.messageRef;
      if (!message?.name) return problems.add(event, 'The message has no name', 'message.name'), null;
      const key = ext(message, 'zeebe:Subscription')?.correlationKey as string | undefined;
      if (key) checkFeel(event, key.replace(/^=/, ''), problems);
      return { kind: 'message', messageName: String(message.name), ...(key ? { correlationKey: key.replace(/^=/, '').trim() } : {}) };
    }
    default:
      problems.add(event, { code: 'subset.unsupported_type', values: { type: def.$type.replace('bpmn:', '') } }, 'subset.event_type');
      return null;
  }
}

export function checkFeel(element: Element, expression: string, problems: Problems): void {
  const error = feelSyntaxError(expression);
  if (error) problems.add(element, typeof error === 'string' ? `${error}: ${expression}` : { code: 'feel.syntax', values: { position: error.position, expression } }, 'feel.syntax');
}

type Base = Pick<StartEventNode, 'id' | 'name' | 'incoming' | 'outgoing' | 'scope' | 'boundary' | 'stage'>;

export function startEvent(base: Base, el: Element, problems: Problems): StartEventNode | null {
  const trigger = triggerOf(el, problems);
  if (!trigger) return null;
  if (trigger.kind === 'none') {
    const form = formOf(el);
    return { ...base, type: 'startEvent', trigger, ...(form ? { form } : {}) };
  }
  if (trigger.kind === 'timer') return { ...base, type: 'startEvent', trigger };
  if (trigger.kind === 'message') return { ...base, type: 'startEvent', trigger: { kind: 'message', messageName: trigger.messageName } };
  problems.add(el, { code: 'subset.start_event', values: { kind: trigger.kind } }, 'subset.start_event');
  return null;
}

export function endEvent(base: Base, el: Element, problems: Problems): EndEventNode | null {
  const trigger = triggerOf(el, problems);
  if (!trigger) return null;
  if (trigger.kind === 'none' || trigger.kind === 'terminate') return { ...base, type: 'endEvent', result: { kind: trigger.kind } };
  if (trigger.kind === 'error') return { ...base, type: 'endEvent', result: trigger };
  problems.add(el, { code: 'subset.end_event', values: { kind: trigger.kind } }, 'subset.end_event');
  return null;
}

export function catchEvent(base: Base, el: Element, problems: Problems): CatchEventNode | null {
  const trigger = triggerOf(el, problems);
  if (!trigger) return null;
  if (trigger.kind === 'timer') return { ...base, type: 'intermediateCatchEvent', trigger };
  if (trigger.kind === 'message') {
    if (!trigger.correlationKey) return problems.add(el, 'A message catch event needs a correlation key (zeebe:subscription)', 'message.correlation_key'), null;
    return { ...base, type: 'intermediateCatchEvent', trigger: { kind: 'message', messageName: trigger.messageName, correlationKey: trigger.correlationKey } };
  }
  problems.add(el, 'An intermediate catch event must be a timer or a message', 'subset.catch_event');
  return null;
}

export function boundaryEvent(base: Base, el: Element, problems: Problems): BoundaryEventNode | null {
  const trigger = triggerOf(el, problems);
  if (!trigger) return null;
  const common = { ...base, type: 'boundaryEvent' as const, attachedTo: String(el.attachedToRef?.id ?? ''), interrupting: el.cancelActivity !== false };
  if (trigger.kind === 'timer' || trigger.kind === 'error') return { ...common, trigger };
  if (trigger.kind === 'message') {
    if (!trigger.correlationKey) return problems.add(el, 'A message boundary event needs a correlation key (zeebe:subscription)', 'message.correlation_key'), null;
    return { ...common, trigger: { kind: 'message', messageName: trigger.messageName, correlationKey: trigger.correlationKey } };
  }
  problems.add(el, 'A boundary event must be a timer, a message or an error', 'subset.boundary_event');
  return null;
}
