import type { AssignmentRule, CallActivityNode, ScriptTaskNode, ServiceTaskNode, UserTaskNode, Value } from './graph.ts';
import { checkFeel } from './events.ts';
import { missingSettings } from './connector-settings.ts';
import { ext, headersOf, mappingsOf } from './extensions.ts';
import { formOf } from './forms.ts';
import { toValue } from './feel.ts';
import type { Element } from './parse.ts';
import type { Problems } from './problems.ts';

type Base = Pick<UserTaskNode, 'id' | 'name' | 'incoming' | 'outgoing' | 'scope' | 'boundary' | 'stage'>;
const rules: AssignmentRule[] = ['claim', 'roundRobin', 'leastLoaded'];

/** A Value from an attribute; FEEL ones are syntax-checked. */
function value(el: Element, raw: unknown, problems: Problems): Value | undefined {
  if (raw === undefined || raw === null || String(raw).trim() === '') return undefined;
  const v = toValue(String(raw));
  if ('feel' in v) checkFeel(el, v.feel, problems);
  return v;
}

function checkedMappings(el: Element, problems: Problems) {
  const io = mappingsOf(el);
  for (const m of [...io.inputs, ...io.outputs]) {
    if (!m.target) problems.add(el, 'An input/output mapping has no target variable', 'mapping.target');
    checkFeel(el, m.source, problems);
  }
  return io;
}

export function userTask(base: Base, el: Element, problems: Problems): UserTaskNode {
  const assignment = ext(el, 'zeebe:AssignmentDefinition');
  const schedule = ext(el, 'zeebe:TaskSchedule');
  const rule = (el.get('crm:assignmentRule') ?? 'claim') as AssignmentRule;
  if (!rules.includes(rule)) problems.add(el, { code: 'task.assignment_rule', values: { rule } }, 'task.assignment_rule');
  const node: UserTaskNode = {
    ...base,
    type: 'userTask',
    assignmentRule: rule,
    headers: headersOf(el),
    ...checkedMappings(el, problems),
  };
  const optional: [keyof UserTaskNode, unknown][] = [
    ['assignee', assignment?.assignee],
    ['candidateUsers', assignment?.candidateUsers],
    ['candidateGroups', assignment?.candidateGroups],
    ['dueDate', schedule?.dueDate],
    ['followUpDate', schedule?.followUpDate],
    ['priority', ext(el, 'zeebe:PriorityDefinition')?.priority],
  ];
  for (const [key, raw] of optional) {
    const v = value(el, raw, problems);
    if (v) Object.assign(node, { [key]: v });
  }
  const form = formOf(el);
  if (form) node.form = form;
  if (el.get('crm:calendar')) node.calendar = String(el.get('crm:calendar'));
  return node;
}

export function serviceTask(base: Base, el: Element, problems: Problems): ServiceTaskNode | null {
  const definition = ext(el, 'zeebe:TaskDefinition');
  const taskType = value(el, definition?.type, problems);
  if (!taskType) {
    problems.add(el, 'The task has no type: choose a connector (e.g. mail, notify, document) or set zeebe:taskDefinition type', 'task.type_missing');
    return null;
  }
  const retries = definition?.retries === undefined ? 3 : Number(definition.retries);
  if (!Number.isInteger(retries) || retries < 0) problems.add(el, { code: 'task.retries', values: { retries: String(definition.retries) } }, 'task.retries');
  const headers = headersOf(el);
  const io = checkedMappings(el, problems);
  // A type chosen by an expression is only known when the step runs.
  const connector = 'literal' in taskType ? taskType.literal : '';
  for (const setting of missingSettings(connector, headers, io.inputs)) {
    problems.add(el, { code: 'connector.setting_missing', values: { setting, connector } }, 'connector.setting_missing');
  }
  return {
    ...base,
    type: el.$type === 'bpmn:SendTask' ? 'sendTask' : 'serviceTask',
    taskType,
    retries: Number.isInteger(retries) ? retries : 3,
    headers,
    ...io,
  };
}

export function scriptTask(base: Base, el: Element, problems: Problems): ScriptTaskNode | null {
  const script = ext(el, 'zeebe:Script');
  const expression = String(script?.expression ?? el.script ?? '').replace(/^=/, '').trim();
  if (!expression) return problems.add(el, 'The script task has no FEEL expression (zeebe:script)', 'script.missing'), null;
  checkFeel(el, expression, problems);
  return {
    ...base,
    type: 'scriptTask',
    expression,
    ...(script?.resultVariable ? { resultVariable: String(script.resultVariable) } : {}),
    ...checkedMappings(el, problems),
  };
}

export function callActivity(base: Base, el: Element, problems: Problems): CallActivityNode | null {
  const called = ext(el, 'zeebe:CalledElement');
  const calledProcess = value(el, called?.processId ?? (el.calledElement as string | undefined), problems);
  if (!calledProcess) return problems.add(el, 'The call activity does not name the process to call', 'call.process_missing'), null;
  const bindingType = called?.bindingType ?? 'latest';
  // `deployment` has no meaning here (we deploy one process at a time): it is treated as latest.
  const binding =
    bindingType === 'versionTag' ? { kind: 'versionTag' as const, tag: String(called?.versionTag ?? '') } : { kind: 'latest' as const };
  if (binding.kind === 'versionTag' && !binding.tag) problems.add(el, 'Binding by version tag needs a version tag', 'call.version_tag');
  return {
    ...base,
    type: 'callActivity',
    calledProcess,
    binding,
    propagateAllChildVariables: called?.propagateAllChildVariables !== false,
    ...checkedMappings(el, problems),
  };
}
