import type { CompiledNode, CompiledProcess } from '../../processes/index.ts';

export interface Move {
  /** The stage the deal reaches when this message is caught. */
  stage: string;
  messageName: string;
  /** FEEL expression of the correlation key the waiting event expects. */
  correlationKey: string;
}

type Graph = Pick<CompiledProcess, 'nodes' | 'flows'>;

/**
 * The stages a deal may be moved to from where its tokens wait: each message the model
 * waits for there (after an event-based gateway, a message catch event, a message boundary
 * event), with the stage the token reaches once that message is caught. Anything else is a
 * move the model forbids.
 */
export function allowedMoves(graph: Graph, waitingAt: string[]): Move[] {
  const moves: Move[] = [];
  for (const id of new Set(waitingAt)) {
    const node = graph.nodes[id];
    if (!node) continue;
    const catchers = node.type === 'eventBasedGateway'
      ? node.outgoing.map((f) => graph.nodes[graph.flows[f]!.target]!)
      : [node, ...node.boundary.map((b) => graph.nodes[b]!)];
    for (const c of catchers) {
      if ((c.type !== 'intermediateCatchEvent' && c.type !== 'boundaryEvent') || c.trigger.kind !== 'message') continue;
      const stage = stageAfter(graph, c);
      if (stage) moves.push({ stage, messageName: c.trigger.messageName, correlationKey: c.trigger.correlationKey });
    }
  }
  return moves;
}

/** The first stage on the path from a node (itself included), through nodes without one. */
function stageAfter(graph: Graph, from: CompiledNode): string | null {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length) {
    const node = queue.shift()!;
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    if (node.stage) return node.stage.name;
    for (const f of node.outgoing) queue.push(graph.nodes[graph.flows[f]!.target]!);
  }
  return null;
}

/**
 * Stages in the order a token first meets them from the start event, the stages of end
 * events last, most likely won first (Won, then Lost): the funnel's order.
 */
export function stageOrder(graph: CompiledProcess): string[] {
  const order: string[] = [];
  const finalProbability = new Map(Object.values(graph.nodes).flatMap((n) => (n.type === 'endEvent' && n.stage ? [[n.stage.name, n.stage.winProbability ?? -1] as const] : [])));
  const seen = new Set<string>();
  const queue = [graph.startEvents.none, ...graph.startEvents.messages.map((m) => m.nodeId)].filter((id): id is string => !!id);
  while (queue.length) {
    const node = graph.nodes[queue.shift()!];
    if (!node || seen.has(node.id)) continue;
    seen.add(node.id);
    if (node.stage && !order.includes(node.stage.name)) order.push(node.stage.name);
    for (const b of node.boundary) queue.push(b);
    for (const f of node.outgoing) queue.push(graph.flows[f]!.target);
  }
  const final = order.filter((s) => finalProbability.has(s)).sort((a, b) => finalProbability.get(b)! - finalProbability.get(a)!);
  return [...order.filter((s) => !finalProbability.has(s)), ...final];
}

/** Stage of each node that has one. */
export function stageOfNodes(graph: CompiledProcess): Map<string, string> {
  return new Map(Object.values(graph.nodes).flatMap((n) => (n.stage ? [[n.id, n.stage.name] as const] : [])));
}
