import type { CompiledNode, CompiledProcess, ModelProblem, SequenceFlow, Stage } from './graph.ts';
import { boundaryEvent, catchEvent, checkFeel, endEvent, startEvent } from './events.ts';
import { lintModel } from './lint.ts';
import { parseBpmn, type Element } from './parse.ts';
import { Problems } from './problems.ts';
import { callActivity, scriptTask, serviceTask, userTask } from './tasks.ts';
import { checkGateways } from './gateways.ts';
import { ext, mappingsOf } from './extensions.ts';

type NodeBase = Omit<Extract<CompiledNode, { type: 'subProcess' }>, 'type' | 'startEvent' | 'inputs' | 'outputs'>;

export type CompileResult = { ok: true; graph: CompiledProcess; warnings: ModelProblem[] } | { ok: false; problems: ModelProblem[] };

/** Kept in the XML and ignored by the engine: they only draw or document. */
const diagramOnly = new Set([
  'bpmn:DataObject', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference',
  'bpmn:TextAnnotation', 'bpmn:Association', 'bpmn:Group',
]);

const refused: Record<string, string> = {
  'bpmn:BusinessRuleTask': 'DMN business rule tasks are not supported yet',
  'bpmn:ComplexGateway': 'Complex gateways are not supported; use exclusive, inclusive or parallel gateways',
  'bpmn:ReceiveTask': 'Receive tasks are not supported; use a message intermediate catch event',
  'bpmn:Transaction': 'Transactions are not supported',
  'bpmn:AdHocSubProcess': 'Ad-hoc sub-processes are not supported',
  'bpmn:IntermediateThrowEvent': 'Only none intermediate throw events are supported',
};

/** BPMN XML -> the graph the interpreter runs, or every problem that stops it. */
export async function compileProcess(xml: string): Promise<CompileResult> {
  const parsed = await parseBpmn(xml);
  if (!parsed.ok) return parsed;
  const problems = new Problems();
  const process = pickProcess(parsed.definitions, problems);
  if (!process) return { ok: false, problems: problems.list };

  const nodes: Record<string, CompiledNode> = {};
  const flows: Record<string, SequenceFlow> = {};
  const byId = new Map<string, Element>([[process.id, process]]);
  refuseListeners(process, problems);
  walk(process.flowElements ?? [], null, { nodes, flows, byId, problems });
  attachBoundaries(nodes, byId, problems);
  checkGateways(nodes, flows, byId, problems);
  const startEvents = processStarts(nodes);
  if (!startEvents.none && !startEvents.messages.length && !startEvents.timers.length) {
    problems.add(process, 'The process has no start event', 'process.no_start');
  }
  const lint = await lintModel(parsed.definitions, byId);
  const all = [...problems.list, ...lint.errors];
  if (all.length) return { ok: false, problems: dedupe(all) };
  const calendar = process.get('crm:calendar');
  const versionTag = ext(process, 'zeebe:VersionTag')?.value;
  return {
    ok: true,
    graph: {
      formatVersion: 1,
      processId: String(process.id),
      ...(process.name ? { name: String(process.name) } : {}),
      ...(versionTag ? { versionTag: String(versionTag) } : {}),
      ...(calendar ? { calendar: String(calendar) } : {}),
      startEvents,
      nodes,
      flows,
    },
    warnings: [...parsed.warnings, ...lint.warnings],
  };
}

function pickProcess(definitions: Element, problems: Problems): Element | null {
  const processes: Element[] = (definitions.rootElements ?? []).filter((e: Element) => e.$type === 'bpmn:Process');
  const executable = processes.filter((p) => p.isExecutable);
  const candidates = executable.length ? executable : processes.length === 1 ? processes : [];
  if (candidates.length === 1) return candidates[0];
  if (!processes.length) problems.add(definitions, 'The model contains no process', 'process.none');
  else problems.add(definitions, { code: 'process.ambiguous', values: { count: candidates.length || processes.length } }, 'process.ambiguous');
  return null;
}

interface WalkContext {
  nodes: Record<string, CompiledNode>;
  flows: Record<string, SequenceFlow>;
  byId: Map<string, Element>;
  problems: Problems;
}

function walk(elements: Element[], scope: string | null, ctx: WalkContext): void {
  for (const el of elements) {
    ctx.byId.set(el.id, el);
    if (diagramOnly.has(el.$type)) continue;
    if (el.$type === 'bpmn:SequenceFlow') {
      ctx.flows[el.id] = flowOf(el, ctx.problems);
      continue;
    }
    const node = compileNode(el, scope, ctx);
    if (node) ctx.nodes[el.id] = node;
  }
}

// No job worker of ours answers listener jobs: a model relying on them would silently skip them.
function refuseListeners(el: Element, problems: Problems): void {
  const listeners = (el.extensionElements?.values ?? []).some((v: Element) => v.$type === 'zeebe:ExecutionListeners' || v.$type === 'zeebe:TaskListeners');
  if (listeners) problems.add(el, 'Execution and task listeners are not supported: put the work in a service task', 'subset.listeners');
}

function flowOf(el: Element, problems: Problems): SequenceFlow {
  const body = el.conditionExpression?.body as string | undefined;
  const condition = body?.trim() ? body.trim().replace(/^=/, '').trim() : undefined;
  if (condition) checkFeel(el, condition, problems);
  return { id: el.id, source: String(el.sourceRef?.id), target: String(el.targetRef?.id), ...(condition ? { condition } : {}) };
}

function compileNode(el: Element, scope: string | null, ctx: WalkContext): CompiledNode | null {
  const { problems } = ctx;
  if (el.loopCharacteristics) {
    problems.add(el, 'Multi-instance and loop markers are not supported yet', 'subset.loop');
    return null;
  }
  refuseListeners(el, problems);
  const refusal = refused[el.$type];
  if (refusal && !(el.$type === 'bpmn:IntermediateThrowEvent' && !(el.eventDefinitions ?? []).length)) {
    problems.add(el, refusal, 'subset.element');
    return null;
  }
  const base = {
    id: String(el.id),
    ...(el.name ? { name: String(el.name) } : {}),
    incoming: (el.incoming ?? []).map((f: Element) => String(f.id)),
    outgoing: (el.outgoing ?? []).map((f: Element) => String(f.id)),
    scope,
    boundary: [] as string[],
    ...stageOf(el, problems),
  };
  switch (el.$type) {
    case 'bpmn:StartEvent': return startEvent(base, el, problems);
    case 'bpmn:EndEvent': return endEvent(base, el, problems);
    case 'bpmn:IntermediateCatchEvent': return catchEvent(base, el, problems);
    case 'bpmn:BoundaryEvent': return boundaryEvent(base, el, problems);
    case 'bpmn:UserTask': return userTask(base, el, problems);
    case 'bpmn:ServiceTask':
    case 'bpmn:SendTask': return serviceTask(base, el, problems);
    case 'bpmn:ScriptTask': return scriptTask(base, el, problems);
    case 'bpmn:CallActivity': return callActivity(base, el, problems);
    case 'bpmn:Task':
    case 'bpmn:ManualTask':
    case 'bpmn:IntermediateThrowEvent': return { ...base, type: 'passThrough', bpmnType: el.$type.replace('bpmn:', '') };
    case 'bpmn:ExclusiveGateway':
    case 'bpmn:InclusiveGateway':
    case 'bpmn:ParallelGateway':
    case 'bpmn:EventBasedGateway': {
      const type = (el.$type.charAt(5).toLowerCase() + el.$type.slice(6)) as 'exclusiveGateway';
      return { ...base, type, ...(el.default?.id ? { defaultFlow: String(el.default.id) } : {}) };
    }
    case 'bpmn:SubProcess': return subProcess(base, el, ctx);
    default:
      problems.add(el, { code: 'subset.unsupported_type', values: { type: String(el.$type).replace('bpmn:', '') } }, 'subset.element');
      return null;
  }
}

function subProcess(base: NodeBase, el: Element, ctx: WalkContext): CompiledNode | null {
  if (el.triggeredByEvent) {
    ctx.problems.add(el, 'Event sub-processes are not supported yet; use boundary events', 'subset.event_subprocess');
    return null;
  }
  const children: Element[] = el.flowElements ?? [];
  walk(children, String(el.id), ctx);
  const starts = children.filter((c) => c.$type === 'bpmn:StartEvent' && !(c.eventDefinitions ?? []).length);
  if (starts.length !== 1) {
    ctx.problems.add(el, 'An embedded sub-process needs exactly one none start event', 'subprocess.start');
    return null;
  }
  const io = mappingsOf(el);
  return { ...base, type: 'subProcess', startEvent: String(starts[0].id), ...io };
}

function stageOf(el: Element, problems: Problems): { stage?: Stage } {
  const name = el.get?.('crm:stage');
  const probability = el.get?.('crm:winProbability');
  if (!name) return {};
  if (probability !== undefined && (!(Number(probability) >= 0) || Number(probability) > 100)) {
    problems.add(el, { code: 'crm.win_probability', values: { probability: String(probability) } }, 'crm.win_probability');
  }
  return { stage: { name: String(name), ...(probability !== undefined ? { winProbability: Number(probability) } : {}) } };
}

function attachBoundaries(nodes: Record<string, CompiledNode>, byId: Map<string, Element>, problems: Problems): void {
  for (const node of Object.values(nodes)) {
    if (node.type !== 'boundaryEvent') continue;
    const host = nodes[node.attachedTo];
    if (!host) problems.add(byId.get(node.id), 'The boundary event is not attached to a supported activity', 'boundary.host');
    else host.boundary.push(node.id);
  }
}

function processStarts(nodes: Record<string, CompiledNode>): CompiledProcess['startEvents'] {
  const starts = Object.values(nodes).filter((n) => n.type === 'startEvent' && n.scope === null);
  const result: CompiledProcess['startEvents'] = { messages: [], timers: [] };
  for (const s of starts) {
    if (s.type !== 'startEvent') continue;
    if (s.trigger.kind === 'none') result.none = s.id;
    else if (s.trigger.kind === 'message') result.messages.push({ messageName: s.trigger.messageName, nodeId: s.id });
    else result.timers.push({ timer: s.trigger.timer, nodeId: s.id });
  }
  return result;
}

function dedupe(problems: ModelProblem[]): ModelProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.elementId}|${p.reason}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
