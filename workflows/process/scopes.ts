import type { CompiledNode, CompiledProcess } from '../../domain/processes/model/graph.ts';
import type { Variables } from './feel.ts';

/**
 * Variables by scope: the process's own, plus the local variables of each running embedded
 * sub-process (made by its input mappings). A node reads its whole chain, innermost wins; a
 * write lands on the innermost scope that already has the variable, else on the process
 * (as in Zeebe: variables propagate outwards unless they are local).
 */
export class VariableScopes {
  private readonly locals = new Map<string, Variables>();

  constructor(
    private readonly graph: CompiledProcess,
    readonly root: Variables,
  ) {}

  /** Enclosing sub-process ids of a node, innermost first. */
  ancestors(node: CompiledNode): string[] {
    const chain: string[] = [];
    for (let s = node.scope; s; s = this.graph.nodes[s]?.scope ?? null) chain.push(s);
    return chain;
  }

  /** What a node sees; process-level nodes get the process's variables themselves. */
  read(node: CompiledNode): Variables {
    const chain = this.ancestors(node).filter((s) => this.locals.has(s));
    if (!chain.length) return this.root;
    return Object.assign({}, this.root, ...chain.reverse().map((s) => this.locals.get(s)));
  }

  assign(node: CompiledNode, values: Variables): void {
    const chain = this.ancestors(node).map((s) => this.locals.get(s)).filter((v) => v !== undefined);
    for (const [name, value] of Object.entries(values)) {
      const owner = chain.find((local) => Object.hasOwn(local, name)) ?? this.root;
      owner[name] = value;
    }
  }

  open(subProcessId: string, locals: Variables): void {
    this.locals.set(subProcessId, { ...locals });
  }

  /** What the sub-process's own nodes see, for its output mappings. */
  inside(subProcessId: string, outer: CompiledNode): Variables {
    return { ...this.read(outer), ...this.locals.get(subProcessId) };
  }

  close(subProcessId: string): void {
    this.locals.delete(subProcessId);
  }

  /** One running sub-process's locals, for continue-as-new. */
  localsOf(subProcessId: string): Variables {
    return { ...this.locals.get(subProcessId) };
  }

  /** Every scope's locals, for continue-as-new. */
  snapshot(): Record<string, Variables> {
    return Object.fromEntries(this.locals);
  }
}
