import {
  ApplicationFailure,
  CancellationScope,
  condition,
  isCancellation,
  proxyActivities,
  setHandler,
  sleep,
  workflowInfo,
  type ActivityOptions,
} from '@temporalio/workflow';
import type { ProcessActivities, StepEvent } from '../../activities/process.activities.ts';
import type {
  BoundaryEventNode,
  CompiledNode,
  GatewayNode,
  ScriptTaskNode,
  ServiceTaskNode,
  TimerDefinition,
  UserTaskNode,
} from '../../domain/processes/model/graph.ts';
import { dateMs, durationMs, parseCycle } from './durations.ts';
import { applyMappings, feel, valueOf, type Variables } from './feel.ts';
import { missingRequiredFields } from './forms.ts';
import { completeTaskUpdate, messageSignal, retryIncidentSignal, stateQuery, type CompleteTaskRequest, type MessageDelivery } from './messages.ts';
import type { ProcessInput, ProcessResult } from './types.ts';

// Projections must land eventually: retried without limit while the database is away.
const projection = proxyActivities<ProcessActivities>({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '30 seconds' } });

/** The generic BPMN interpreter: one instance of a compiled process version, token by token. */
export async function processWorkflow(input: ProcessInput): Promise<ProcessResult> {
  return new Engine(input).run();
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
  private readonly tokens = new Map<string, string>();
  private readonly openTasks = new Map<string, OpenTask>();
  private readonly completions = new Map<string, CompleteTaskRequest>();
  private readonly incidents = new Map<string, Incident>();
  private readonly inbox: MessageDelivery[] = [];
  private readonly joins = new Map<string, number>();
  private readonly background: Promise<void>[] = [];
  private events: StepEvent[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private seq = 0;
  private stage: string | null = null;
  private root = new CancellationScope();
  private terminated = false;
  private ended = false;

  constructor(private readonly input: ProcessInput) {
    this.graph = input.graph;
    this.vars = { ...input.variables };
    setHandler(stateQuery, () => ({
      status: this.ended ? (this.terminated ? 'terminated' : 'completed') : this.incidents.size ? 'incident' : 'active',
      tokens: [...this.tokens].map(([id, nodeId]) => ({ id, nodeId, scope: this.graph.nodes[nodeId]?.scope ?? null })),
      openTasks: [...this.openTasks.keys()],
      incidents: [...this.incidents.values()].map(({ id, nodeId, message }) => ({ id, nodeId, message })),
      variables: this.vars,
    }));
    setHandler(completeTaskUpdate, (req) => this.complete(req), { validator: (req) => this.validateCompletion(req) });
    setHandler(messageSignal, (message) => void this.inbox.push(message));
    setHandler(retryIncidentSignal, ({ incidentId }) => {
      const incident = this.incidents.get(incidentId);
      if (incident) incident.retry = true;
    });
  }

  async run(): Promise<ProcessResult> {
    this.log('instance_started', null, undefined, { variables: this.vars });
    const start = this.graph.startEvents.none;
    if (!start) throw ApplicationFailure.nonRetryable('The process has no none start event to start from', 'process.no_start');
    try {
      await this.root.run(async () => {
        await this.token(start);
        while (this.background.length) await Promise.all(this.background.splice(0));
      });
    } catch (err) {
      if (!(this.terminated && isCancellation(err))) throw err;
    }
    this.ended = true;
    this.tokens.clear();
    this.log(this.terminated ? 'instance_terminated' : 'instance_ended', null);
    await this.flush();
    return { status: this.terminated ? 'terminated' : 'completed', variables: this.vars };
  }

  /** Moves one token from node to node until it ends, forks or is consumed by a join. */
  private async token(nodeId: string, tokenId = `k${++this.seq}`): Promise<void> {
    let current: string | null = nodeId;
    while (current) {
      const node: CompiledNode = this.node(current);
      this.tokens.set(tokenId, node.id);
      if (node.stage) this.stage = node.stage.name;
      this.log('node_entered', node, tokenId);
      const next = await this.execute(node, tokenId);
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

  private async execute(node: CompiledNode, tokenId: string): Promise<Next> {
    switch (node.type) {
      case 'startEvent':
      case 'passThrough':
      case 'boundaryEvent':
        return { flows: node.outgoing };
      case 'endEvent':
        if (node.result.kind === 'terminate') {
          this.terminated = true;
          await this.flush();
          this.root.cancel();
        }
        if (node.result.kind === 'error') await this.incident(node, 'Error end events are not supported by the engine yet');
        return { flows: [] };
      case 'scriptTask':
        return this.script(node);
      case 'exclusiveGateway':
        return this.exclusive(node);
      case 'parallelGateway':
        return this.parallel(node);
      case 'userTask':
        return this.withBoundaries(node, () => this.userTask(node, tokenId));
      case 'serviceTask':
      case 'sendTask':
        return this.withBoundaries(node, () => this.serviceTask(node, tokenId));
      case 'intermediateCatchEvent':
        if (node.trigger.kind === 'timer') await this.waitTimer(node, node.trigger.timer);
        else await this.waitMessage(node, node.trigger.messageName, node.trigger.correlationKey);
        return { flows: node.outgoing };
      default:
        await this.incident(node, `${node.type} is not supported by the engine yet`);
        return { flows: [] };
    }
  }

  private script(node: ScriptTaskNode): Next {
    const result = feel(node.expression, { ...this.vars, ...applyMappings(node.inputs, this.vars) });
    if (node.resultVariable) this.vars[node.resultVariable] = result;
    if (node.outputs.length) Object.assign(this.vars, applyMappings(node.outputs, { ...this.vars, result }));
    return { flows: node.outgoing };
  }

  private async exclusive(node: GatewayNode): Promise<Next> {
    if (node.outgoing.length <= 1) return { flows: node.outgoing };
    for (;;) {
      const chosen = node.outgoing.find((id) => {
        const flow = this.graph.flows[id]!;
        return flow.condition !== undefined && feel(flow.condition, this.vars) === true;
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

  /** Runs an activity with its boundary events; returns where the token goes next. */
  private async withBoundaries(node: CompiledNode, work: () => Promise<void>): Promise<Next> {
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
          for (let fired = 0; ; fired++) {
            const more = await this.boundaryTrigger(b, fired);
            if (!more) return;
            if (b.interrupting) {
              interruptedBy = b;
              activity.cancel();
              return;
            }
            this.background.push(this.token(b.id));
          }
        }),
      ),
    );
    try {
      await activity.run(work);
    } catch (err) {
      if (!(interruptedBy && isCancellation(err))) throw err;
    }
    watchers.cancel();
    await watching.catch((err: unknown) => {
      if (!isCancellation(err)) throw err;
    });
    return interruptedBy ? { node: (interruptedBy as BoundaryEventNode).id } : { flows: node.outgoing };
  }

  /** Waits for the boundary's trigger; false when it can fire no more (a finished cycle). */
  private async boundaryTrigger(b: BoundaryEventNode, fired: number): Promise<boolean> {
    if (b.trigger.kind === 'timer') {
      const timer = b.trigger.timer;
      if (timer.kind !== 'cycle' && fired > 0) return false;
      if (timer.kind === 'cycle') {
        const cycle = parseCycle(String(valueOf(timer.value, this.vars)));
        if (cycle.repetitions !== null && fired >= cycle.repetitions) return false;
      }
      await this.waitTimer(b, timer);
      return true;
    }
    if (b.trigger.kind === 'message') {
      if (fired > 0 && b.interrupting) return false;
      await this.waitMessage(b, b.trigger.messageName, b.trigger.correlationKey);
      return true;
    }
    // Error boundaries catch failures the engine does not raise yet: they never fire.
    await condition(() => false);
    return false;
  }

  private async waitTimer(node: CompiledNode, timer: TimerDefinition): Promise<void> {
    const text = String(valueOf(timer.value, this.vars));
    const ms =
      timer.kind === 'duration' ? durationMs(text) : timer.kind === 'date' ? dateMs(text) - Date.now() : parseCycle(text).intervalMs;
    await this.flush();
    if (ms > 0) await sleep(ms);
    this.log('timer_fired', node, undefined, { timer: text });
  }

  private async waitMessage(node: CompiledNode, name: string, keyExpression: string): Promise<void> {
    const key = String(feel(keyExpression, this.vars) ?? '');
    await this.flush();
    let message: MessageDelivery | undefined;
    await condition(() => {
      const at = this.inbox.findIndex((m) => m.name === name && String(m.correlationKey ?? '') === key);
      if (at >= 0) message = this.inbox.splice(at, 1)[0];
      return message !== undefined;
    });
    Object.assign(this.vars, message!.variables ?? {});
    this.log('message_correlated', node, undefined, { name, correlationKey: key });
  }

  private async userTask(node: UserTaskNode, tokenId: string): Promise<void> {
    const taskId = `${this.workflowId}/t${++this.seq}`;
    const local = applyMappings(node.inputs, this.vars);
    const ctx = { ...this.vars, ...local };
    const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : v ? String(v).split(',').map((s) => s.trim()).filter(Boolean) : []);
    const form = node.form?.schema ? JSON.parse(node.form.schema) : null;
    this.openTasks.set(taskId, { node, form });
    await this.flush();
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
      priority: Number(valueOf(node.priority, ctx) ?? 50) || 50,
      dueAt: this.when(valueOf(node.dueDate, ctx)),
      followUpAt: this.when(valueOf(node.followUpDate, ctx)),
      form,
      input: ctx,
      record: this.input.record,
      createdAt: new Date().toISOString(),
    });
    this.log('task_created', node, tokenId, undefined, taskId);
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
    Object.assign(this.vars, result);
    this.log('task_completed', node, tokenId, { variables: done.variables }, taskId, done.actorId);
    await projection.closeTask({ taskId, status: 'completed', actorId: done.actorId, result: done.variables, at: new Date().toISOString() });
  }

  /** A due date is an ISO date-time, or a duration counted from now. */
  private when(value: unknown): string | null {
    if (value === undefined || value === null || value === '') return null;
    const text = String(value);
    return text.startsWith('P') ? new Date(Date.now() + durationMs(text)).toISOString() : new Date(dateMs(text)).toISOString();
  }

  private validateCompletion(req: CompleteTaskRequest): void {
    const open = this.openTasks.get(req.taskId);
    if (!open || this.completions.has(req.taskId)) {
      throw ApplicationFailure.create({ type: 'task.not_open', message: 'The task is already completed or no longer open', nonRetryable: true });
    }
    const missing = missingRequiredFields(open.form, req.variables);
    if (missing.length) {
      throw ApplicationFailure.create({ type: 'task.invalid_fields', message: 'Some fields are missing', details: missing, nonRetryable: true });
    }
  }

  private complete(req: CompleteTaskRequest) {
    this.completions.set(req.taskId, req);
    return { taskId: req.taskId, completedAt: new Date().toISOString() };
  }

  private readonly runners = new Map<number, ProcessActivities>();

  private async serviceTask(node: ServiceTaskNode, tokenId: string): Promise<void> {
    const input = node.inputs.length ? applyMappings(node.inputs, this.vars) : { ...this.vars };
    const type = String(valueOf(node.taskType, this.vars));
    const visit = ++this.seq;
    for (;;) {
      try {
        const result = await this.runner(node.retries).runServiceTask({
          type,
          headers: node.headers,
          input,
          idempotencyKey: `${this.workflowId}/${node.id}/${tokenId}/${visit}`,
        });
        Object.assign(this.vars, node.outputs.length ? applyMappings(node.outputs, { ...this.vars, ...result }) : result);
        return;
      } catch (err) {
        if (isCancellation(err)) throw err;
        await this.incident(node, messageOf(err));
      }
    }
  }

  private runner(retries: number): ProcessActivities {
    if (!this.runners.has(retries)) {
      const options: ActivityOptions = {
        startToCloseTimeout: '5 minutes',
        // A worker that dies mid-call is noticed after this, not after the 5 minutes.
        heartbeatTimeout: '10 seconds',
        retry: { maximumAttempts: retries + 1, initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
      };
      this.runners.set(retries, proxyActivities<ProcessActivities>(options));
    }
    return this.runners.get(retries)!;
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
    this.flushing = this.flushing.then(async () => {
      const events = this.events.splice(0);
      if (!events.length) return;
      const status = this.ended ? (this.terminated ? 'terminated' : 'completed') : this.incidents.size ? 'incident' : 'active';
      await projection.recordProgress({
        workflowId: this.workflowId,
        definitionKey: this.input.definitionKey,
        versionNumber: this.input.versionNumber,
        events,
        currentNodes: [...new Set(this.tokens.values())],
        stage: this.stage,
        status,
        variables: this.vars,
        record: this.input.record,
        startedBy: this.input.startedBy,
        startedAt: workflowInfo().startTime.toISOString(),
        ...(this.ended ? { endedAt: new Date().toISOString() } : {}),
      });
    });
    return this.flushing;
  }
}

function messageOf(err: unknown): string {
  const e = err as { cause?: { message?: string }; message?: string };
  return e.cause?.message ?? e.message ?? String(err);
}
