import type { CompiledProcess, GatewayNode } from '../../domain/processes/model/graph.ts';
import { feel, type Variables } from './feel.ts';

/** Flows an inclusive gateway forks into: every true condition, else the default; empty when none. */
export function inclusiveFlows(node: GatewayNode, graph: CompiledProcess, vars: Variables): string[] {
  if (node.outgoing.length <= 1) return node.outgoing;
  const chosen = node.outgoing.filter((id) => {
    const flow = graph.flows[id]!;
    return id !== node.defaultFlow && flow.condition !== undefined && feel(flow.condition, vars) === true;
  });
  if (chosen.length) return chosen;
  return node.defaultFlow ? [node.defaultFlow] : [];
}

/**
 * Nodes a token at `from` can still reach by sequence flows or the boundary events of the
 * activities on its way: an inclusive join waits only for tokens that can arrive.
 */
export class Reachability {
  private readonly memo = new Map<string, Set<string>>();

  constructor(private readonly graph: CompiledProcess) {}

  canReach(from: string, target: string): boolean {
    return this.from(from).has(target);
  }

  private from(start: string): Set<string> {
    const known = this.memo.get(start);
    if (known) return known;
    const seen = new Set<string>();
    const queue = [start];
    while (queue.length) {
      const node = this.graph.nodes[queue.pop()!];
      if (!node) continue;
      const next = [...node.outgoing.map((f) => this.graph.flows[f]!.target), ...node.boundary];
      for (const id of next) {
        if (!seen.has(id)) {
          seen.add(id);
          queue.push(id);
        }
      }
    }
    this.memo.set(start, seen);
    return seen;
  }
}
