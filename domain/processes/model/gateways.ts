import type { CompiledNode, SequenceFlow } from './graph.ts';
import type { Element } from './parse.ts';
import type { Problems } from './problems.ts';

/** Gateway rules the engine relies on, checked per gateway with the flows it owns. */
export function checkGateways(
  nodes: Record<string, CompiledNode>,
  flows: Record<string, SequenceFlow>,
  byId: Map<string, Element>,
  problems: Problems,
): void {
  for (const node of Object.values(nodes)) {
    const el = byId.get(node.id);
    const outgoing = node.outgoing.map((id) => flows[id]).filter((f): f is SequenceFlow => Boolean(f));
    if (node.type === 'parallelGateway' && outgoing.some((f) => f.condition)) {
      problems.add(el, 'A parallel gateway takes every outgoing flow: remove the conditions', 'gateway.parallel_condition');
    }
    if ((node.type === 'exclusiveGateway' || node.type === 'inclusiveGateway') && outgoing.length > 1) {
      for (const f of outgoing) {
        if (!f.condition && f.id !== node.defaultFlow) {
          problems.add(byId.get(f.id) ?? el, { code: 'gateway.condition_missing', values: { gateway: node.name ?? node.id } }, 'gateway.condition_missing');
        }
      }
    }
    if (node.type === 'eventBasedGateway') {
      for (const f of outgoing) {
        const target = nodes[f.target];
        if (target?.type !== 'intermediateCatchEvent') {
          problems.add(byId.get(f.target) ?? el, 'An event-based gateway must lead to timer or message catch events', 'gateway.event_based_target');
        }
      }
    }
    const isTask = ['userTask', 'serviceTask', 'sendTask', 'scriptTask', 'callActivity', 'subProcess'].includes(node.type);
    if (isTask && node.outgoing.length === 0) {
      problems.add(el, 'The activity has no outgoing sequence flow', 'flow.dead_end');
    }
  }
}
