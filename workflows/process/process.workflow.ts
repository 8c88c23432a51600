import {
  allHandlersFinished,
  ApplicationFailure,
  CancellationScope,
  condition,
  continueAsNew,
  executeChild,
  isCancellation,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  sleep,
  workflowInfo,
} from '@temporalio/workflow';
import type { ProcessActivities, StepEvent } from '../../activities/process.activities.ts';
import type {
  BoundaryEventNode,
  CallActivityNode,
  CatchEventNode,
  CompiledNode,
  GatewayNode,
  ScriptTaskNode,
  ServiceTaskNode,
  SubProcessNode,
  TimerDefinition,
  UserTaskNode,
} from '../../domain/processes/model/graph.ts';
import { CalledProcesses, outcomeOf, reportingEnd } from './called-processes.ts';
import { Calendars } from './calendars.ts';
import { dateMs, durationMs, parseCycle } from './durations.ts';
import { BpmnError, businessErrorCode, calledErrorCode, calledErrorType, catcherOf, caughtCodes } from './errors.ts';
import { inclusiveFlows, Reachability } from './gateways.ts';
import { applyMappings, feel, valueOf, type Variables } from './feel.ts';
import { missingRequiredFields } from './forms.ts';
import { carryTokens, everyToken, Park, Wait, type ParkedToken } from './parked.ts';
import {
  calledProcessEndedSignal,
  cancelInstanceSignal,
  completeTaskUpdate,
  messageSignal,
  retryIncidentSignal,
  stateQuery,
  type CancelRequest,
  type CompleteTaskRequest,
  type InstanceState,
  type MessageDelivery,
} from './messages.ts';
import { VariableScopes } from './scopes.ts';
import { ServiceCalls } from './service-calls.ts';
import { hasFeature } from './features.ts';
import type { CalledProcess, ProcessInput, ProcessResult } from './types.ts';

// Projections must land eventually: retried without limit while the database is away.
const projection = proxyActivities<ProcessActivities>({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '30 seconds' } });
// The same writes as local activities: run by this worker inside the workflow task, no trip
// through the task queue (schedule, poll, complete, next workflow task). Idempotent, so a
// crash that repeats one repeats nothing. See writeProgress.
const localProjection = proxyLocalActivities<ProcessActivities>({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '30 seconds' } });

/** The generic BPMN interpreter: one instance of a compiled process version, token by token. */
export async function processWorkflow(input: ProcessInput): Promise<ProcessResult> {
  const engine = new Engine(input);
  // A child started by a call activity (call-activity-by-signal) tells its caller how it ended.
  if (input.parent?.reportsEnd) return reportingEnd(input.parent, workflowInfo().workflowId, () => engine.run());
  return engine.run();
}

type Next = { flows: string[] } | { node: string };

interface OpenTask {
  node: UserTaskNode;
  form: unknown;
}

interface Incident {
  id: string;
  nodeId: string;
  message: string;
  retry: boolean;
}

class Engine {
  private readonly graph: ProcessInput['graph'];
  private readonly workflowId = workflowInfo().workflowId;
  private vars: Variables;
  private readonly scopes: VariableScopes;
  /** Running sub-processes' cancellation scopes, and those a terminate end event ended. */
  private readonly inner = new Map<string, CancellationScope>();
  private readonly terminatedScopes = new Set<string>();
  private readonly tokens = new Map<string, string>();
  private readonly openTasks = new Map<string, OpenTask>();
  private readonly completions = new Map<string, CompleteTaskRequest>();
  private readonly incidents = new Map<string, Incident>();
  private readonly inbox: MessageDelivery[] = [];
  private readonly joins = new Map<string, number>();
  /** Each token's stay in its current node: what it waits for, carried by continue-as-new. */
  private readonly parks = new Map<string, Park>();
  private readonly reach: Reachability;
  private readonly calendars: Calendars;
  /** Tokens started by non-interrupting boundary events, by the scope they run in. */
  private readonly background = new Map<string | null, Promise<void>[]>();
  private events: StepEvent[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private seq = 0;
  private stage: string | null = null;
  private root = new CancellationScope();
  private terminated = false;
  /** Set by a cancel request (who and why); a cancelled calling process sets one too. */
  private cancelled: CancelRequest | null = null;
  /** The error code an error end event threw to the calling process. */
  private thrown: string | null = null;
  private ended = false;
  /** Tokens inside embedded sub-processes are carried by continue-as-new too (patched in). */
  private scoped = false;
  /** Log writes since the last pause before continuing (see settled). */
  private writes = 0;
  /** Children of call activities that report their end by signal (called-processes.ts). */
  private readonly called = new CalledProcesses();

  constructor(private readonly input: ProcessInput) {
    this.graph = input.graph;
    this.reach = new Reachability(input.graph);
    this.calendars = new Calendars(input.graph);
    this.vars = { ...input.variables };
    this.scopes = new VariableScopes(input.graph, this.vars);
    // Carried open tasks are known before the handlers: an Update buffered for this run's
    // first activation is validated as soon as its handler is set.
    for (const { nodeId, task, call } of everyToken(input.resume?.tokens ?? [])) {
      if (task) this.openTasks.set(task.taskId, this.openTask(this.node(nodeId) as UserTaskNode));
      // Likewise the children carried tokens wait for: their end may be this run's first signal.
      if (call) this.called.expect(call.childId);
    }
    setHandler(stateQuery, () => ({
      status: this.status(),
      tokens: [...this.tokens].map(([id, nodeId]) => ({ id, nodeId, scope: this.graph.nodes[nodeId]?.scope ?? null })),
      openTasks: [...this.openTasks.keys()],
      incidents: [...this.incidents.values()].map(({ id, nodeId, message }) => ({ id, nodeId, message })),
      variables: this.vars,
    }));
    setHandler(completeTaskUpdate, (req) => this.complete(req), { validator: (req) => this.validateCompletion(req) });
    setHandler(messageSignal, (message) => void this.inbox.push(message));
    setHandler(calledProcessEndedSignal, (end) => this.called.receive(end));
    setHandler(cancelInstanceSignal, (request) => {
      if (this.ended || this.cancelled) return;
      this.cancelled = request;
      this.root.cancel();
    });
    setHandler(retryIncidentSignal, ({ incidentId }) => {
      const incident = this.incidents.get(incidentId);
      if (incident) incident.retry = true;
    });
  }

  async run(): Promise<ProcessResult> {
    // Runs recorded before parked tokens could be carried keep continuing only when quiescent.
    const carrying = hasFeature('continue-parked-tokens');
    this.scoped = carrying && hasFeature('continue-scoped-tokens');
    const resume = this.input.resume;
    if (resume) {
      this.seq = resume.seq;
      this.stage = resume.stage;
      this.inbox.push(...resume.inbox);
      for (const [gateway, arrived] of resume.joins ?? []) this.joins.set(gateway, arrived);
    } else this.log('instance_started', null, undefined, { variables: this.vars });
    const parked = resume?.tokens;
    const start = resume?.nodeId ?? this.input.startNodeId ?? this.graph.startEvents.none;
    if (!parked && !start) throw ApplicationFailure.nonRetryable('The process has no none start event to start from', 'process.no_start');
    try {
      const work = this.root.run(async () => {
        if (parked) await Promise.all(parked.map((t) => this.token(t.nodeId, t.tokenId, t)));
        else await this.token(start!);
        await this.drain(null);
      });
      // Not cancellable: it must not end the run early when the instance is cancelled.
      await (carrying ? Promise.race([CancellationScope.nonCancellable(() => this.continueWhenParked()), work]) : work);
    } catch (err) {
      if (!isCancellation(err)) throw err;
      if (!this.terminated && this.thrown === null) return this.cancel(err);
    }
    this.ended = true;
    this.tokens.clear();
    this.log(this.terminated ? 'instance_terminated' : 'instance_ended', null, undefined, this.thrown === null ? undefined : { error: this.thrown });
    await this.flush();
    if (this.thrown !== null) throw ApplicationFailure.create({ type: calledErrorType, message: `Error ${this.thrown} thrown to the caller`, details: [this.thrown], nonRetryable: true });
    return { status: this.terminated ? 'terminated' : 'completed', variables: this.vars };
  }

  /**
   * Whether to continue-as-new before entering `nodeId`: the history is long and this token
   * is all that runs (no open task, timer, subscription, sub-process or other token), so the
   * new run only needs the variables, the node to go on at and the undelivered messages.
   */
  private historyIsLong(nodeId: string): boolean {
    const info = workflowInfo();
    const long = info.continueAsNewSuggested || (this.input.historyLimit !== undefined && info.historyLength >= this.input.historyLimit);
    if (!long || this.tokens.size > 1 || this.openTasks.size || this.inner.size || this.joins.size || this.incidents.size) return false;
    return this.node(nodeId).scope === null && !this.background.get(null)?.length;
  }

  private async continueAsNew(nodeId: string): Promise<never> {
    await this.flush();
    if (!this.settled()) await this.pause();
    return continueAsNew<typeof processWorkflow>({
      ...this.input,
      variables: this.vars,
      resume: { nodeId, seq: this.seq, stage: this.stage, inbox: this.inbox },
    });
  }

  /**
   * Continues as new once the history is long and every token is parked at a waiting point:
   * checked whenever the workflow is idle (after a timer, a message, a completion). Never
   * resolves otherwise; rejects with the continue-as-new.
   */
  private async continueWhenParked(): Promise<never> {
    for (;;) {
      await condition(() => this.longAndParked());
      await condition(allHandlersFinished);
      await this.flush();
      // The flush took a round trip: a token may have moved (and logged) meanwhile.
      if (!this.longAndParked() || this.events.length) continue;
      if (!this.settled()) {
        await this.pause();
        continue;
      }
      return continueAsNew<typeof processWorkflow>({
        ...this.input,
        variables: this.vars,
        resume: {
          tokens: carryTokens(null, { graph: this.graph, tokens: this.tokens, parks: this.parks, locals: (id) => this.scopes.localsOf(id) }),
          joins: [...this.joins],
          seq: this.seq,
          stage: this.stage,
          inbox: this.inbox,
        },
      });
    }
  }

  /**
   * Whether nothing was written to the log since the last pause. The log is written by local
   * activities, which run before their workflow task is recorded; when Temporal refuses the
   * task's continue-as-new (an event came in meanwhile) the task runs again with that event and
   * can log the same steps under other keys. After a pause (a timer, so a new task) with no
   * write since, the continuing task has written nothing. Counted in workflow state, not by
   * history length, so a replay decides the same (runs from before 'continue-scoped-tokens'
   * did not pause).
   */
  private settled(): boolean {
    return !this.scoped || this.writes === 0;
  }

  private async pause(): Promise<void> {
    this.writes = 0;
    await sleep(1);
  }

  /**
   * The history is long and every token waits where it can be carried. A token in a call
   * activity, a service task or any activity in flight, and incidents are not carried: the
   * instance waits for a later safe point. Runs from before 'continue-scoped-tokens' do not
   * carry tokens inside embedded sub-processes either.
   */
  private longAndParked(): boolean {
    if (this.ended || this.cancelled || this.terminated || this.thrown !== null) return false;
    const info = workflowInfo();
    const long = info.continueAsNewSuggested || (this.input.historyLimit !== undefined && info.historyLength >= this.input.historyLimit);
    if (!long || !this.tokens.size || (this.inner.size && !this.scoped) || this.incidents.size) return false;
    return [...this.tokens].every(([tokenId, nodeId]) => this.isParked(tokenId, nodeId));
  }

  private isParked(tokenId: string, nodeId: string): boolean {
    const park = this.parks.get(tokenId);
    const node = this.graph.nodes[nodeId];
    if (!park || park.nodeId !== nodeId || !node || (node.scope !== null && !this.scoped)) return false;
    switch (node.type) {
      case 'userTask': {
        const taskId = park.task?.taskId;
        return taskId !== undefined && this.openTasks.has(taskId) && !this.completions.has(taskId) && park.atRest(node.boundary);
      }
      case 'intermediateCatchEvent':
        return park.atRest([node.id]);
      case 'eventBasedGateway':
        return park.atRest(node.outgoing.map((f) => this.graph.flows[f]!.target));
      case 'inclusiveGateway':
        return park.joining && !this.joinable(node, tokenId);
      case 'callActivity':
        // Only a child that reports its end by signal can be waited for by the next run.
        return park.call !== undefined && this.called.waiting(park.call.childId) && park.atRest(node.boundary);
      case 'subProcess':
        // Its own tokens are checked one by one; it must still have some (not on its way out).
        return this.scoped && this.inner.has(node.id) && !this.terminatedScopes.has(node.id) && this.runsInside(node.id) && park.atRest(node.boundary);
      default:
        return false;
    }
  }

  /**
   * The instance was cancelled: by a request (signal, with who and why: it then ends normally
   * as cancelled) or with its calling process (Temporal cancellation, passed on).
   */
  private async cancel(err: unknown): Promise<ProcessResult> {
    const requested = this.cancelled;
    this.ended = true;
    this.cancelled = requested ?? { reason: 'Cancelled with the calling process', actorId: null };
    this.tokens.clear();
    this.log('instance_cancelled', null, undefined, { reason: this.cancelled.reason }, undefined, this.cancelled.actorId ?? undefined);
    await CancellationScope.nonCancellable(() => this.flush());
    if (!requested) throw err;
    return { status: 'cancelled', variables: this.vars };
  }

  private status(): InstanceState['status'] {
    if (this.ended) return this.cancelled ? 'cancelled' : this.terminated ? 'terminated' : 'completed';
    return this.incidents.size ? 'incident' : 'active';
  }

  /** Moves one token from node to node until it ends, forks or is consumed by a join. */
  private async token(nodeId: string, tokenId = `k${++this.seq}`, carried?: ParkedToken): Promise<void> {
    try {
      await this.walk(nodeId, tokenId, carried);
    } catch (err) {
      // A cancelled or failed token is gone: its scope waits for no more than what runs.
      this.tokens.delete(tokenId);
      this.parks.delete(tokenId);
      throw err;
    }
  }

  /** `carried`: the token was parked in `nodeId` by an earlier run, which logged its entry. */
  private async walk(nodeId: string, tokenId: string, carried?: ParkedToken): Promise<void> {
    let current: string | null = nodeId;
    while (current) {
      if (!carried && this.historyIsLong(current)) await this.continueAsNew(current);
      const node: CompiledNode = this.node(current);
      this.tokens.set(tokenId, node.id);
      if (!carried) {
        if (node.stage) this.stage = node.stage.name;
        this.log('node_entered', node, tokenId);
      }
      const park = new Park(tokenId, node.id, carried);
      carried = undefined;
      this.parks.set(tokenId, park);
      const next = await this.execute(node, tokenId, park);
      this.parks.delete(tokenId);
      this.log('node_left', node, tokenId);
      if ('node' in next) {
        current = next.node;
        continue;
      }
      const targets = next.flows.map((f) => this.graph.flows[f]!.target);
      if (targets.length === 1) {
        current = targets[0]!;
        continue;
      }
      this.tokens.delete(tokenId);
      if (targets.length > 1) await Promise.all(targets.map((t) => this.token(t)));
      current = null;
    }
  }

  private async execute(node: CompiledNode, tokenId: string, park: Park): Promise<Next> {
    switch (node.type) {
      case 'startEvent':
      case 'passThrough':
      case 'boundaryEvent':
        return { flows: node.outgoing };
      case 'endEvent':
        if (node.result.kind === 'terminate') await this.terminate(node);
        if (node.result.kind === 'error') await this.throwError(node, node.result.errorCode ?? '');
        return { flows: [] };
      case 'subProcess':
        return this.withBoundaries(node, () => this.subProcess(node, park), park);
      case 'callActivity':
        return this.withBoundaries(node, () => this.callActivity(node, park), park);
      case 'scriptTask':
        return this.script(node);
      case 'exclusiveGateway':
        return this.exclusive(node);
      case 'parallelGateway':
        return this.parallel(node);
      case 'inclusiveGateway':
        return this.inclusive(node, tokenId, park);
      case 'eventBasedGateway':
        return this.eventBased(node, tokenId, park);
      case 'userTask':
        return this.withBoundaries(node, () => this.userTask(node, tokenId, park), park);
      case 'serviceTask':
      case 'sendTask':
        return this.withBoundaries(node, () => this.serviceTask(node, tokenId));
      case 'intermediateCatchEvent':
        if (node.trigger.kind === 'timer') await this.waitTimer(node, node.trigger.timer, park.wait(node.id));
        else await this.waitMessage(node, node.trigger.messageName, node.trigger.correlationKey, park.wait(node.id));
        return { flows: node.outgoing };
      default: {
        // Kept for graphs compiled by a newer compiler than this engine.
        const unknown = node as CompiledNode;
        await this.incident(unknown, `${unknown.type} is not supported by the engine yet`);
        return { flows: [] };
      }
    }
  }

  /**
   * Runs the sub-process's tokens in its own cancellation scope and variable scope. Carried by
   * continue-as-new (`park.scope`), it reopens its scope as it was and resumes its parked tokens.
   */
  private async subProcess(node: SubProcessNode, park: Park): Promise<void> {
    const carried = park.scope;
    this.scopes.open(node.id, carried ? carried.variables : applyMappings(node.inputs, this.scopes.read(node)));
    const inner = new CancellationScope();
    this.inner.set(node.id, inner);
    try {
      await inner.run(async () => {
        if (carried) await Promise.all(carried.tokens.map((t) => this.token(t.nodeId, t.tokenId, t)));
        else await this.token(node.startEvent);
        await this.drain(node.id);
      });
    } catch (err) {
      // Whatever ended it (terminate, an error, a boundary event), nothing inside runs on.
      inner.cancel();
      await CancellationScope.nonCancellable(() => condition(() => !this.runsInside(node.id)));
      // Tokens that arrived at a join inside are gone with it: a later run or visit must not count them.
      if (this.scoped) for (const gateway of this.joins.keys()) if (this.scopes.ancestors(this.node(gateway)).includes(node.id)) this.joins.delete(gateway);
      if (!(this.terminatedScopes.has(node.id) && isCancellation(err))) {
        this.scopes.close(node.id);
        throw err;
      }
    } finally {
      this.inner.delete(node.id);
      this.terminatedScopes.delete(node.id);
      this.background.delete(node.id);
    }
    const inside = this.scopes.inside(node.id, node);
    this.scopes.close(node.id);
    if (node.outputs.length) this.scopes.assign(node, applyMappings(node.outputs, inside));
  }

  private runsInside(scopeId: string): boolean {
    return [...this.tokens.values()].some((at) => this.scopes.ancestors(this.node(at)).includes(scopeId));
  }

  /**
   * Runs another process as a child workflow and waits for it; its variables come back by the
   * output mappings, else all of them (unless propagateAllChildVariables is false).
   */
  private async callActivity(node: CallActivityNode, park: Park): Promise<void> {
    // Instances recorded before children reported their end by signal replay executeChild.
    if (patched('call-activity-by-signal')) return this.callBySignal(node, park);
    const vars = this.scopes.read(node);
    const name = String(valueOf(node.calledProcess, vars));
    for (;;) {
      try {
        const called: CalledProcess = await projection.resolveCalledProcess({ key: name, binding: node.binding });
        await this.flush();
        const result = await executeChild(processWorkflow, {
          workflowId: `${this.workflowId}/${node.id}-${++this.seq}`,
          args: [{
            ...called,
            variables: node.inputs.length ? applyMappings(node.inputs, vars) : { ...vars },
            record: this.input.record,
            startedBy: this.input.startedBy,
            ...(this.input.historyLimit !== undefined ? { historyLimit: this.input.historyLimit } : {}),
            parent: { workflowId: this.workflowId, nodeId: node.id, catches: this.callerCatches(node) },
          }],
        });
        const child = result.variables;
        const out = node.outputs.length ? applyMappings(node.outputs, { ...vars, ...child }) : node.propagateAllChildVariables ? child : {};
        this.scopes.assign(node, out);
        return;
      } catch (err) {
        if (isCancellation(err)) throw err;
        const code = calledErrorCode(err);
        if (code !== null) throw new BpmnError(code, messageOf(err));
        await this.incident(node, messageOf(err));
      }
    }
  }

  /**
   * The call activity of instances started since 'call-activity-by-signal': the child runs
   * abandoned on close and signals its end, so this token parks while it runs and a carried
   * one (`park.call`) waits for the same child in the next run. Leaving early (a boundary
   * event, cancel, terminate) cancels the child.
   */
  private async callBySignal(node: CallActivityNode, park: Park): Promise<void> {
    const vars = this.scopes.read(node);
    for (;;) {
      let running = park.call?.childId;
      try {
        if (!running) {
          const called: CalledProcess = await projection.resolveCalledProcess({ key: String(valueOf(node.calledProcess, vars)), binding: node.binding });
          await this.flush();
          const childId = `${this.workflowId}/${node.id}-${++this.seq}`;
          running = childId;
          await this.called.start(processWorkflow, childId, this.childInput(node, called, vars));
          park.call = { childId };
        }
        const outcome = outcomeOf(await this.called.endOf(running));
        this.called.forget(running);
        running = undefined;
        delete park.call;
        if (outcome.kind === 'error') throw new BpmnError(outcome.code, outcome.message);
        if (outcome.kind === 'completed') {
          const child = outcome.variables;
          this.scopes.assign(node, node.outputs.length ? applyMappings(node.outputs, { ...vars, ...child }) : node.propagateAllChildVariables ? child : {});
          return;
        }
        await this.incident(node, outcome.message);
      } catch (err) {
        if (isCancellation(err)) {
          if (running) await this.called.cancel(running);
          throw err;
        }
        if (err instanceof BpmnError) throw err;
        if (running) this.called.forget(running);
        delete park.call;
        await this.incident(node, messageOf(err));
      }
    }
  }

  private childInput(node: CallActivityNode, called: CalledProcess, vars: Variables): ProcessInput {
    return {
      ...called,
      variables: node.inputs.length ? applyMappings(node.inputs, vars) : { ...vars },
      record: this.input.record,
      startedBy: this.input.startedBy,
      ...(this.input.historyLimit !== undefined ? { historyLimit: this.input.historyLimit } : {}),
      parent: { workflowId: this.workflowId, nodeId: node.id, catches: this.callerCatches(node), reportsEnd: true },
    };
  }

  /** Error codes caught around a call activity: on it, on enclosing sub-processes, and by our own caller. */
  private callerCatches(node: CompiledNode): string[] {
    const hosts = [node, ...this.scopes.ancestors(node).map((id) => this.node(id))];
    return [...caughtCodes(hosts, this.graph.nodes), ...(this.input.parent?.catches ?? [])];
  }

  /** A terminate end event ends every token of its scope: the process, or the sub-process. */
  private async terminate(node: CompiledNode): Promise<void> {
    await this.flush();
    if (node.scope === null) {
      this.terminated = true;
      this.root.cancel();
      return;
    }
    this.terminatedScopes.add(node.scope);
    this.inner.get(node.scope)?.cancel();
  }

  /** An error end event: caught by an enclosing sub-process's boundary, else an incident. */
  private async throwError(node: CompiledNode, code: string): Promise<void> {
    if (this.errorCatcher(node, code, false)) throw new BpmnError(code, `Error end event ${node.name ?? node.id}`);
    const caller = this.input.parent?.catches ?? [];
    if (caller.includes(code) || caller.includes('*')) {
      // The calling process catches it: this instance ends, its call activity takes the error.
      this.thrown = code;
      this.root.cancel();
      return;
    }
    await this.incident(node, `The error ${code} is not caught by an error boundary event`);
  }

  /** Whether an error boundary on the node itself (if `own`) or an enclosing sub-process catches `code`. */
  private errorCatcher(node: CompiledNode, code: string, own: boolean): boolean {
    const hosts = [...(own ? [node] : []), ...this.scopes.ancestors(node).map((id) => this.node(id))];
    return hosts.some((host) => catcherOf(host.boundary.map((id) => this.node(id) as BoundaryEventNode), code) !== undefined);
  }

  /** A token of a non-interrupting boundary event; its scope waits for it before it completes. */
  private spawn(boundary: BoundaryEventNode): void {
    const list = this.background.get(boundary.scope) ?? [];
    this.background.set(boundary.scope, list);
    const token = this.token(boundary.id);
    void token.catch(() => undefined);
    list.push(token);
  }

  private async drain(scope: string | null): Promise<void> {
    const list = this.background.get(scope);
    while (list?.length) await Promise.all(list.splice(0));
    this.background.delete(scope);
  }

  private script(node: ScriptTaskNode): Next {
    const vars = this.scopes.read(node);
    const result = feel(node.expression, { ...vars, ...applyMappings(node.inputs, vars) });
    if (node.resultVariable) this.scopes.assign(node, { [node.resultVariable]: result });
    if (node.outputs.length) this.scopes.assign(node, applyMappings(node.outputs, { ...this.scopes.read(node), result }));
    return { flows: node.outgoing };
  }

  private async exclusive(node: GatewayNode): Promise<Next> {
    if (node.outgoing.length <= 1) return { flows: node.outgoing };
    for (;;) {
      const chosen = node.outgoing.find((id) => {
        const flow = this.graph.flows[id]!;
        return flow.condition !== undefined && feel(flow.condition, this.scopes.read(node)) === true;
      });
      if (chosen ?? node.defaultFlow) return { flows: [chosen ?? node.defaultFlow!] };
      await this.incident(node, 'No outgoing flow condition is true and there is no default flow');
    }
  }

  private parallel(node: GatewayNode): Next {
    if (node.incoming.length > 1) {
      const arrived = (this.joins.get(node.id) ?? 0) + 1;
      if (arrived < node.incoming.length) {
        this.joins.set(node.id, arrived);
        return { flows: [] };
      }
      this.joins.delete(node.id);
    }
    return { flows: node.outgoing };
  }

  /** Joins the tokens that can still arrive (others end here), then forks by conditions. */
  private async inclusive(node: GatewayNode, tokenId: string, park: Park): Promise<Next> {
    if (node.incoming.length > 1) {
      // A carried token was already waiting here: its arrival is counted.
      if (!park.joining) {
        if (this.joins.has(node.id)) {
          this.joins.set(node.id, this.joins.get(node.id)! + 1);
          return { flows: [] };
        }
        this.joins.set(node.id, 1);
      }
      const alone = () => this.joinable(node, tokenId);
      if (!alone()) {
        park.joining = true;
        await this.flush();
        await condition(alone);
      }
      this.joins.delete(node.id);
    }
    for (;;) {
      const flows = inclusiveFlows(node, this.graph, this.scopes.read(node));
      if (flows.length) return { flows };
      await this.incident(node, 'No outgoing flow condition is true and there is no default flow');
    }
  }

  /** No other token can still reach the inclusive join: the waiting one goes on. */
  private joinable(node: GatewayNode, tokenId: string): boolean {
    return [...this.tokens].every(([id, at]) => id === tokenId || !this.reach.canReach(at, node.id));
  }

  /** Waits for the first of the catch events after the gateway; the others are withdrawn. */
  private async eventBased(node: GatewayNode, tokenId: string, park: Park): Promise<Next> {
    const events = node.outgoing.map((f) => this.node(this.graph.flows[f]!.target) as CatchEventNode);
    const race = new CancellationScope();
    const winner = await race.run(() => Promise.race(events.map(async (e) => (await this.caught(e, park.wait(e.id)), e))));
    race.cancel();
    this.tokens.set(tokenId, winner.id);
    this.log('node_entered', winner, tokenId);
    this.log('node_left', winner, tokenId);
    return { flows: winner.outgoing };
  }

  private caught(node: CatchEventNode, wait: Wait): Promise<void> {
    return node.trigger.kind === 'timer'
      ? this.waitTimer(node, node.trigger.timer, wait)
      : this.waitMessage(node, node.trigger.messageName, node.trigger.correlationKey, wait);
  }

  /**
   * Runs an activity with its boundary events; returns where the token goes next. A user
   * task's boundaries keep their state in its park (fired repetitions, deadlines).
   */
  private async withBoundaries(node: CompiledNode, work: () => Promise<void>, park = new Park('', node.id)): Promise<Next> {
    const boundaries = node.boundary.map((id) => this.node(id) as BoundaryEventNode);
    if (!boundaries.length) {
      await work();
      return { flows: node.outgoing };
    }
    let interruptedBy: BoundaryEventNode | null = null;
    const activity = new CancellationScope();
    const watchers = new CancellationScope();
    const watching = watchers.run(() =>
      Promise.all(
        boundaries.map(async (b) => {
          const wait = park.wait(b.id);
          for (;;) {
            const more = await this.boundaryTrigger(b, wait);
            if (!more) {
              wait.done = true;
              return;
            }
            wait.fired++;
            if (b.interrupting) {
              interruptedBy = b;
              activity.cancel();
              return;
            }
            this.spawn(b);
          }
        }),
      ),
    );
    // A cancelled instance rejects the watchers before the work has wound down: not unhandled.
    void watching.catch(() => undefined);
    try {
      await activity.run(work);
    } catch (err) {
      try {
        if (err instanceof BpmnError && !interruptedBy) interruptedBy = this.caughtBy(boundaries, err);
        else if (!(interruptedBy && isCancellation(err))) throw err;
      } catch (uncaught) {
        // Leaving for good (cancelled, or an error for someone further out): watch no more.
        watchers.cancel();
        throw uncaught;
      }
    }
    watchers.cancel();
    await watching.catch((err: unknown) => {
      if (!isCancellation(err)) throw err;
    });
    return interruptedBy ? { node: (interruptedBy as BoundaryEventNode).id } : { flows: node.outgoing };
  }

  private caughtBy(boundaries: BoundaryEventNode[], err: BpmnError): BoundaryEventNode {
    const boundary = catcherOf(boundaries, err.code);
    if (!boundary) throw err;
    this.scopes.assign(boundary, { error: { code: err.code, message: err.message } });
    return boundary;
  }

  /** Waits for the boundary's trigger; false when it can fire no more (a finished cycle). */
  private async boundaryTrigger(b: BoundaryEventNode, wait: Wait): Promise<boolean> {
    const fired = wait.fired;
    if (b.trigger.kind === 'timer') {
      const timer = b.trigger.timer;
      if (timer.kind !== 'cycle' && fired > 0) return false;
      if (timer.kind === 'cycle') {
        const cycle = parseCycle(String(valueOf(timer.value, this.scopes.read(b))));
        if (cycle.repetitions !== null && fired >= cycle.repetitions) return false;
      }
      await this.waitTimer(b, timer, wait);
      return true;
    }
    if (b.trigger.kind === 'message') {
      if (fired > 0 && b.interrupting) return false;
      await this.waitMessage(b, b.trigger.messageName, b.trigger.correlationKey, wait);
      return true;
    }
    // Error boundaries catch failures the engine does not raise yet: they never fire.
    wait.done = true;
    await condition(() => false);
    return false;
  }

  /** A carried wait keeps its absolute deadline: the timer fires when it always would have. */
  private async waitTimer(node: CompiledNode, timer: TimerDefinition, wait = new Wait()): Promise<void> {
    const text = String(valueOf(timer.value, this.scopes.read(node)));
    if (wait.dueAt === undefined) {
      let ms =
        timer.kind === 'duration' ? durationMs(text) : timer.kind === 'date' ? dateMs(text) - Date.now() : parseCycle(text).intervalMs;
      // Only a timer that counts in a business calendar awaits anything here: an extra await on
      // the plain path would reorder commands of parallel branches and break recorded histories.
      const calendar = timer.kind === 'duration' ? this.calendars.codeFor(node) : undefined;
      if (calendar) ms = (await this.workingEnd(node, calendar, text)) - Date.now();
      wait.dueAt = Date.now() + ms;
    }
    const ms = wait.dueAt - Date.now();
    wait.arm();
    await this.flush();
    if (ms > 0) await sleep(ms);
    wait.disarm();
    this.log('timer_fired', node, undefined, { timer: text });
  }

  /** A carried subscription keeps the correlation key it was opened with. */
  private async waitMessage(node: CompiledNode, name: string, keyExpression: string, wait = new Wait()): Promise<void> {
    const key = wait.key ?? String(feel(keyExpression, this.scopes.read(node)) ?? '');
    const matches = (m: MessageDelivery) => m.name === name && String(m.correlationKey ?? '') === key;
    wait.key = key;
    wait.arm(() => this.inbox.some(matches));
    await this.flush();
    let message: MessageDelivery | undefined;
    await condition(() => {
      const at = this.inbox.findIndex(matches);
      if (at >= 0) {
        message = this.inbox.splice(at, 1)[0];
        // Taken from the inbox: the token is on its way, not at rest (nothing to carry).
        wait.arm(() => true);
      }
      return message !== undefined;
    });
    wait.disarm();
    this.scopes.assign(node, message!.variables ?? {});
    this.log('message_correlated', node, undefined, { name, correlationKey: key });
  }

  /**
   * A task carried by continue-as-new (`park.task`) is reattached: its row and "task created"
   * event exist, so nothing is created again; its output mappings see the variables as they
   * are now plus the inputs mapped at creation. One function on purpose: an extra async layer
   * on the usual path would shift command order in recorded histories.
   */
  private async userTask(node: UserTaskNode, tokenId: string, park: Park): Promise<void> {
    const form = node.form?.schema ? JSON.parse(node.form.schema) : null;
    let taskId: string;
    let ctx: Variables;
    if (park.task) {
      taskId = park.task.taskId;
      ctx = { ...this.scopes.read(node), ...park.task.inputs };
      this.openTasks.set(taskId, { node, form });
    } else {
      taskId = `${this.workflowId}/t${++this.seq}`;
      const vars = this.scopes.read(node);
      const inputs = applyMappings(node.inputs, vars);
      ctx = { ...vars, ...inputs };
      const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : v ? String(v).split(',').map((s) => s.trim()).filter(Boolean) : []);
      const calendar = this.calendars.codeFor(node);
      this.openTasks.set(taskId, { node, form });
      await this.flush();
      // The activity writes "task created" with the task, so the history shows it while the task
      // waits. The workflow still logs it after the activity, as it always did (what is buffered
      // when decides which writes are scheduled: recorded histories depend on it), under the
      // same key, so the log keeps one.
      const created: StepEvent = { dedupeKey: `${taskId}:created`, type: 'task_created', nodeId: node.id, nodeType: node.type, tokenId, taskId, occurredAt: new Date().toISOString() };
      await projection.createTask({
        workflowId: this.workflowId,
        definitionKey: this.input.definitionKey,
        versionNumber: this.input.versionNumber,
        taskId,
        nodeId: node.id,
        name: node.name ?? node.id,
        assignee: (valueOf(node.assignee, ctx) as string | null | undefined) ?? null,
        candidateUsers: list(valueOf(node.candidateUsers, ctx)),
        candidateGroups: list(valueOf(node.candidateGroups, ctx)),
        assignmentRule: node.assignmentRule,
        priority: Number(valueOf(node.priority, ctx) ?? 50) || 50,
        dueAt: calendar ? await this.workingWhen(valueOf(node.dueDate, ctx), node, calendar) : this.when(valueOf(node.dueDate, ctx)),
        followUpAt: calendar ? await this.workingWhen(valueOf(node.followUpDate, ctx), node, calendar) : this.when(valueOf(node.followUpDate, ctx)),
        form,
        input: ctx,
        record: this.input.record,
        createdAt: new Date().toISOString(),
        event: created,
      });
      this.log('task_created', node, tokenId, undefined, taskId);
      this.events.at(-1)!.dedupeKey = created.dedupeKey;
      park.task = { taskId, inputs };
    }
    try {
      await condition(() => this.completions.has(taskId));
    } catch (err) {
      this.openTasks.delete(taskId);
      if (isCancellation(err)) {
        await CancellationScope.nonCancellable(() => projection.closeTask({ taskId, status: 'cancelled', at: new Date().toISOString() }));
      }
      throw err;
    }
    const done = this.completions.get(taskId)!;
    this.openTasks.delete(taskId);
    const result = node.outputs.length ? applyMappings(node.outputs, { ...ctx, ...done.variables }) : done.variables;
    this.scopes.assign(node, result);
    this.log('task_completed', node, tokenId, { variables: done.variables }, taskId, done.actorId);
    await projection.closeTask({ taskId, status: 'completed', actorId: done.actorId, result: done.variables, at: new Date().toISOString() });
  }

  private openTask(node: UserTaskNode): OpenTask {
    return { node, form: node.form?.schema ? JSON.parse(node.form.schema) : null };
  }

  /** A due date is an ISO date-time, or a duration counted from now. */
  private when(value: unknown): string | null {
    if (value === undefined || value === null || value === '') return null;
    const text = String(value);
    return text.startsWith('P') ? new Date(Date.now() + durationMs(text)).toISOString() : new Date(dateMs(text)).toISOString();
  }

  /** The same, a duration counted in working time of the business calendar. */
  private async workingWhen(value: unknown, node: CompiledNode, code: string): Promise<string | null> {
    const text = value === undefined || value === null ? '' : String(value);
    if (!text.startsWith('P')) return this.when(value);
    return new Date(await this.workingEnd(node, code, text)).toISOString();
  }

  /** End of a duration in a business calendar; an unknown calendar is an incident until fixed. */
  private async workingEnd(node: CompiledNode, code: string, duration: string): Promise<number> {
    for (;;) {
      const end = await this.calendars.end(code, Date.now(), duration);
      if (end !== null) return end;
      await this.incident(node, `There is no business calendar "${code}"`);
    }
  }

  private validateCompletion(req: CompleteTaskRequest): void {
    const open = this.openTasks.get(req.taskId);
    if (!open || this.completions.has(req.taskId)) {
      throw ApplicationFailure.create({ type: 'task.not_open', message: 'The task is already completed or no longer open', nonRetryable: true });
    }
    const missing = missingRequiredFields(open.form, req.variables);
    if (missing.length) {
      throw ApplicationFailure.create({ type: 'task.invalid_fields', message: 'Some fields are missing or invalid', details: missing, nonRetryable: true });
    }
  }

  private complete(req: CompleteTaskRequest) {
    this.completions.set(req.taskId, req);
    return { taskId: req.taskId, completedAt: new Date().toISOString() };
  }

  private readonly services = new ServiceCalls();

  private async serviceTask(node: ServiceTaskNode, tokenId: string): Promise<void> {
    const vars = this.scopes.read(node);
    const input = node.inputs.length ? applyMappings(node.inputs, vars) : { ...vars };
    const type = String(valueOf(node.taskType, vars));
    const visit = ++this.seq;
    for (;;) {
      try {
        const result = await this.services.run({ type, headers: node.headers, input, idempotencyKey: `${this.workflowId}/${node.id}/${tokenId}/${visit}` }, node.retries);
        this.scopes.assign(node, node.outputs.length ? applyMappings(node.outputs, { ...this.scopes.read(node), ...result }) : result);
        return;
      } catch (err) {
        if (isCancellation(err)) throw err;
        const code = businessErrorCode(err);
        if (code && this.errorCatcher(node, code, true)) throw new BpmnError(code, messageOf(err));
        await this.incident(node, messageOf(err));
      }
    }
  }

  /** Records an incident and waits until someone asks for a retry. */
  private async incident(node: CompiledNode, message: string): Promise<void> {
    const incident: Incident = { id: `i${++this.seq}`, nodeId: node.id, message, retry: false };
    this.incidents.set(incident.id, incident);
    this.log('incident_raised', node, undefined, { incidentId: incident.id, message });
    await this.flush();
    await condition(() => incident.retry);
    this.incidents.delete(incident.id);
    this.log('incident_resolved', node, undefined, { incidentId: incident.id });
  }

  private node(id: string): CompiledNode {
    const node = this.graph.nodes[id];
    if (!node) throw ApplicationFailure.nonRetryable(`The process has no node "${id}"`, 'process.graph');
    return node;
  }

  private log(type: StepEvent['type'], node: CompiledNode | null, tokenId?: string, data?: Record<string, unknown>, taskId?: string, actorId?: number): void {
    this.events.push({
      dedupeKey: `${this.workflowId}:${++this.seq}`,
      type,
      ...(node ? { nodeId: node.id, nodeType: node.type } : {}),
      ...(tokenId ? { tokenId } : {}),
      ...(taskId ? { taskId } : {}),
      ...(actorId !== undefined ? { actorId } : {}),
      ...(data ? { data } : {}),
      occurredAt: new Date().toISOString(),
    });
  }

  /** Writes pending events and the instance row; calls are chained so they land in order. */
  private flush(): Promise<void> {
    // A write cancelled with its scope (terminate end, cancel) puts its events back for the
    // next one, and does not stop the writes after it (no extra tick: recorded histories).
    const write = async () => {
      const events = this.events.splice(0);
      if (!events.length) return;
      this.writes++;
      try {
        await this.writeProgress(events);
      } catch (err) {
        this.events.unshift(...events);
        throw err;
      }
    };
    this.flushing = this.flushing.then(write, write);
    return this.flushing;
  }

  /** Not async on purpose: an extra await layer would shift when the activity is scheduled. */
  private writeProgress(events: StepEvent[]): Promise<void> {
    // Instances started before progress writes became local activities replay the old commands.
    const writer = hasFeature('local-progress-writes') ? localProjection : projection;
    return writer.recordProgress({
      workflowId: this.workflowId,
      definitionKey: this.input.definitionKey,
      versionNumber: this.input.versionNumber,
      events,
      currentNodes: [...new Set(this.tokens.values())],
      stage: this.stage,
      status: this.status(),
      variables: this.vars,
      record: this.input.record,
      startedBy: this.input.startedBy,
      startedAt: workflowInfo().startTime.toISOString(),
      ...(this.input.parent ? { parentWorkflowId: this.input.parent.workflowId } : {}),
      ...(this.ended ? { endedAt: new Date().toISOString() } : {}),
    });
  }
}

function messageOf(err: unknown): string {
  const e = err as { cause?: { message?: string }; message?: string };
  return e.cause?.message ?? e.message ?? String(err);
}
