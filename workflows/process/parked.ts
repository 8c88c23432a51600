import type { CompiledProcess } from '../../domain/processes/model/graph.ts';
import type { Variables } from './feel.ts';
import type { MessageDelivery } from './messages.ts';

/**
 * Tokens parked at waiting points (an open user task and its boundary events, a call
 * activity waiting for its child process, a timer or
 * message catch event, an event-based gateway, an inclusive join, an embedded sub-process
 * whose own tokens are all parked) carry their state across
 * continue-as-new as plain data, so that the next run resumes each one where it waits
 * without creating anything twice.
 */

/** One thing a token waits for: a timer, a message subscription, or a boundary event of its task. */
export interface CarriedWait {
  /** How many times it already fired (a boundary cycle counts its repetitions). */
  fired: number;
  /** Absolute fire time of the pending timer (workflow clock, ms): the deadline stays put. */
  dueAt?: number;
  /** The correlation key of the pending message subscription, as it was when subscribed. */
  key?: string;
  /** It can fire no more (a finished cycle, a fired escalation, an error boundary). */
  done?: boolean;
}

export interface ParkedToken {
  tokenId: string;
  nodeId: string;
  /** An open user task: its row exists, the next run reattaches to the same task id. */
  task?: { taskId: string; inputs: Variables };
  /** A call activity's running child: the next run waits for its end (signalled to the instance). */
  call?: { childId: string };
  /** By waiting node: the catch event itself, a boundary event, a target of an event gateway. */
  waits: Record<string, CarriedWait>;
  /** The token waits at an inclusive join for the tokens that can still arrive. */
  joining?: boolean;
  /** The token is in an embedded sub-process: its local variables and the tokens inside it. */
  scope?: CarriedScope;
}

/** A running embedded sub-process, carried with the token that entered it. */
export interface CarriedScope {
  /** The sub-process's local variables (its input mappings and what was written to them). */
  variables: Variables;
  /** Its parked tokens, each of which may be in a nested sub-process in turn. */
  tokens: ParkedToken[];
}

/** Every carried token, those inside (nested) sub-processes too. */
export function everyToken(tokens: ParkedToken[]): ParkedToken[] {
  return tokens.flatMap((t) => [t, ...everyToken(t.scope?.tokens ?? [])]);
}

/** Where a continued run picks up. */
export interface ResumeState {
  /** A lone token continued at the entry of this node (the quiescent case). */
  nodeId?: string;
  /** Parked tokens (then nodeId is absent). */
  tokens?: ParkedToken[];
  /** Tokens already arrived at parallel/inclusive joins, by gateway. */
  joins?: [string, number][];
  seq: number;
  stage: string | null;
  inbox: MessageDelivery[];
}

/** A wait while the token is in it; `wake` says whether it is about to go on (then it is not at rest). */
export class Wait implements CarriedWait {
  fired = 0;
  dueAt?: number;
  key?: string;
  done = false;
  private wake: (() => boolean) | null = null;

  constructor(carried?: CarriedWait) {
    if (!carried) return;
    this.fired = carried.fired;
    if (carried.dueAt !== undefined) this.dueAt = carried.dueAt;
    if (carried.key !== undefined) this.key = carried.key;
    this.done = carried.done ?? false;
  }

  arm(wake: () => boolean = () => false): void {
    this.wake = wake;
  }

  /** The wait is over: the next one (a cycle's next repetition) computes its own deadline and key. */
  disarm(): void {
    this.wake = null;
    delete this.dueAt;
    delete this.key;
  }

  get atRest(): boolean {
    return this.done || (this.wake !== null && !this.wake());
  }

  carry(): CarriedWait {
    return {
      fired: this.fired,
      ...(this.dueAt !== undefined ? { dueAt: this.dueAt } : {}),
      ...(this.key !== undefined ? { key: this.key } : {}),
      ...(this.done ? { done: true } : {}),
    };
  }
}

/** A token's stay in one node: what it waits for there, and what a continued run needs. */
export class Park {
  task?: { taskId: string; inputs: Variables };
  call?: { childId: string };
  joining = false;
  /** Set when an earlier run carried the token inside its sub-process: it re-enters from here. */
  readonly scope?: CarriedScope;
  private readonly waits = new Map<string, Wait>();

  constructor(
    readonly tokenId: string,
    readonly nodeId: string,
    carried?: ParkedToken,
  ) {
    if (!carried) return;
    if (carried.task) this.task = carried.task;
    if (carried.call) this.call = carried.call;
    this.joining = carried.joining ?? false;
    if (carried.scope) this.scope = carried.scope;
    for (const [id, wait] of Object.entries(carried.waits)) this.waits.set(id, new Wait(wait));
  }

  wait(id: string): Wait {
    let wait = this.waits.get(id);
    if (!wait) this.waits.set(id, (wait = new Wait()));
    return wait;
  }

  /** Every one of these waits is armed (or done) and none is about to fire. */
  atRest(ids: string[]): boolean {
    return ids.every((id) => this.waits.get(id)?.atRest === true);
  }

  /** Its own waits; a sub-process's scope is added by the engine, which knows the tokens inside. */
  carry(): ParkedToken {
    return {
      tokenId: this.tokenId,
      nodeId: this.nodeId,
      ...(this.task ? { task: this.task } : {}),
      ...(this.call ? { call: this.call } : {}),
      waits: Object.fromEntries([...this.waits].map(([id, wait]) => [id, wait.carry()])),
      ...(this.joining ? { joining: true } : {}),
    };
  }
}

/**
 * The parked tokens of one scope (the process: null, or a sub-process id) as the next run
 * needs them: a token in a sub-process takes that sub-process's locals and tokens along.
 */
export function carryTokens(
  scope: string | null,
  at: { graph: CompiledProcess; tokens: Map<string, string>; parks: Map<string, Park>; locals: (subProcessId: string) => Variables },
): ParkedToken[] {
  return [...at.tokens]
    .filter(([, nodeId]) => at.graph.nodes[nodeId]?.scope === scope)
    .map(([tokenId, nodeId]) => {
      const token = at.parks.get(tokenId)!.carry();
      if (at.graph.nodes[nodeId]?.type !== 'subProcess') return token;
      return { ...token, scope: { variables: at.locals(nodeId), tokens: carryTokens(nodeId, at) } };
    });
}
