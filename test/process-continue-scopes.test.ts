import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ContinuedRuns, type ContinuingStack, startContinuingStack } from './support/continued.ts';
import { keepHistory, replayFailures } from './support/histories.ts';
import { call } from './support/http.ts';
import { eventually, InstanceProbe, taskPath } from './support/process.ts';
import type { Stack } from './support/stack.ts';
import type { ParkedToken } from '../workflows/process/parked.ts';

/**
 * Continue-as-new while tokens wait inside embedded sub-processes (chase-in-scope.bpmn: the
 * "Ask the client" task with a nudge every second sits in "Talk to the client", which sits in
 * "Chase the client" beside "Prepare an offer"; the outer sub-process reports every 2 s and
 * gives up after `giveUpAfter`). Scope variables, the open tasks, the timers on the
 * sub-process and on the task, the subscription and the join inside go to the next run.
 */
let continuing: ContinuingStack;
let stack: Stack;
let owner: ContinuingStack['owner'];
let manager: ContinuingStack['manager'];
let temporal: ContinuedRuns;
let probe: InstanceProbe;

beforeAll(async () => {
  continuing = await startContinuingStack({ chase: 'chase-in-scope' });
  ({ stack, owner, manager, temporal } = continuing);
  probe = new InstanceProbe(stack, owner, manager);
});
afterAll(() => continuing?.stop());

type Step = { type: string; nodeId: string | null; occurredAt: string };
type Instance = { status: string; variables: Record<string, unknown>; openTasks: { id: string; nodeId: string }[]; history: Step[] };

const instance = async (id: string) => (await probe.instance(id)).body as Instance;
const count = (history: Step[], type: string, nodeId?: string) => history.filter((e) => e.type === type && (nodeId === undefined || e.nodeId === nodeId)).length;
const complete = (taskId: string, variables: Record<string, unknown> = {}) => call(stack, 'POST', `${taskPath(taskId)}/complete`, { token: manager.token, body: { variables } });
const chase = (giveUpAfter: string) => probe.start('chase', { client: 'Kvitka', reports: 0, notes: 0, giveUpAfter });
const bothTasks = (id: string) =>
  eventually(async () => {
    const open = await probe.tasksOf(id);
    return open.length === 2 ? { ask: open.find((t) => t.nodeId === 'ask')!, offer: open.find((t) => t.nodeId === 'offer')! } : null;
  }, 'both tasks');
/** The carried token in `nodeId`, looked for through the nested scopes. */
const tokenAt = (tokens: ParkedToken[] | undefined, nodeId: string): ParkedToken | undefined => {
  for (const token of tokens ?? []) {
    const found = token.nodeId === nodeId ? token : tokenAt(token.scope?.tokens, nodeId);
    if (found) return found;
  }
  return undefined;
};

async function finished(id: string, status: string): Promise<Instance> {
  return eventually(async () => {
    const body = await instance(id);
    return body.status === status && count(body.history, status === 'cancelled' ? 'instance_cancelled' : 'instance_ended') ? body : null;
  }, `${id} to be ${status}`, 30_000);
}

describe('continue-as-new with tokens inside embedded sub-processes', () => {
  it('a task in a nested sub-process with a nudge every second runs through several runs as one task, then leaves with its variables mapped out', async () => {
    const id = await chase('PT1H');
    const { ask, offer } = await bothTasks(id);
    // The offer is done first: the join inside the sub-process holds its arrival from run to run.
    expect((await complete(offer.id)).status).toBe(200);

    // The message boundary on the task inside both scopes is subscribed, whichever run is current.
    const sent = await call(stack, 'POST', `/process-instances/${id}/messages`, { token: manager.token, body: { name: 'note added', correlationKey: 'Kvitka' } });
    expect(sent.status).toBe(202);
    // Five nudges (one a second, counted in the sub-process's own variable) and three reports, over three runs or more.
    const poke = () => call(stack, 'POST', `/process-instances/${id}/messages`, { token: manager.token, body: { name: 'unrelated', correlationKey: 'Kvitka' } });
    await eventually(async () => (await instance(id)).variables.reports === 3, 'the reports', 30_000);
    const carried = await temporal.carriedWhen(id, (resume) => tokenAt(resume.tokens, 'chasing')?.scope?.variables.nudges === 5, poke, 'a run after the last nudge');
    expect((await temporal.continuedRuns(id)).length).toBeGreaterThanOrEqual(2);
    expect(carried.joins).toContainEqual(['join', 1]);
    expect(carried.tokens).toHaveLength(1);
    const chasing = carried.tokens![0]!;
    expect(chasing).toMatchObject({ nodeId: 'chasing', waits: { report: { fired: 3, done: true }, give_up: { fired: 0 } } });
    expect(chasing.scope!.variables).toEqual({ topic: 'Chase Kvitka', nudges: 5 });
    expect(chasing.scope!.tokens.map((t) => t.nodeId)).toEqual(['talking']);
    const talking = chasing.scope!.tokens[0]!;
    expect(talking.scope!.variables).toEqual({ question: 'Ask about Chase Kvitka' });
    expect(talking.scope!.tokens).toHaveLength(1);
    expect(talking.scope!.tokens[0]).toMatchObject({
      nodeId: 'ask',
      task: { taskId: ask.id, inputs: { prompt: 'Ask about Chase Kvitka' } },
      waits: { nudge: { fired: 5, done: true }, note: { fired: 1, key: 'Kvitka' } },
    });
    const entered = Date.parse((await instance(id)).history.find((e) => e.type === 'node_entered' && e.nodeId === 'chasing')!.occurredAt);
    expect(chasing.waits.give_up!.dueAt! - entered).toBeGreaterThan(3_590_000);

    const live = await instance(id);
    expect(live.status).toBe('active');
    expect(live.variables).toMatchObject({ reports: 3, notes: 1 });
    expect(live.variables).not.toHaveProperty('nudges');
    expect(live.openTasks.map((t) => t.id)).toEqual([ask.id]);
    expect((await probe.tasksOf(id)).map((t) => t.id)).toEqual([ask.id]);
    expect(count(live.history, 'task_created')).toBe(2);
    for (const node of ['chasing', 'talking', 'ask']) expect(count(live.history, 'node_entered', node)).toBe(1);
    expect(count(live.history, 'timer_fired', 'nudge')).toBe(5);
    expect(count(live.history, 'timer_fired', 'report')).toBe(3);
    expect(count(live.history, 'node_entered', 'join')).toBe(1);

    // Completing goes to the latest run; both sub-processes end and map their variables out.
    const done = await complete(ask.id, { reply: 'yes' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const final = await finished(id, 'completed');
    expect(final.variables).toMatchObject({
      answer: 'Ask about Chase Kvitka? yes',
      asked: 'Ask about Chase Kvitka',
      summary: 'Chase Kvitka: Ask about Chase Kvitka? yes',
      nudged: 5,
      outcome: 'closed',
    });
    for (const local of ['topic', 'nudges', 'question', 'prompt']) expect(final.variables).not.toHaveProperty(local);
    expect(count(final.history, 'node_entered', 'join')).toBe(2);
    expect(count(final.history, 'node_entered', 'close')).toBe(1);
    expect(count(final.history, 'timer_fired', 'give_up')).toBe(0);
    expect(count(final.history, 'instance_ended')).toBe(1);
    expect((await probe.tasksOf(id, 'completed')).map((t) => t.id).sort()).toEqual([ask.id, offer.id].sort());

    // A run that resumed the scopes and carried them again, and the last one, replay.
    const runs = await temporal.runsOf(id);
    const middle = { workflowId: id, history: await temporal.historyOf(id, runs[1]!.runId) };
    const last = { workflowId: id, history: await temporal.historyOf(id) };
    keepHistory('chase-scope-continuing', id, middle.history);
    keepHistory('chase-scope-continued', id, last.history);
    expect(await replayFailures([middle, last])).toEqual([]);
  });

  it('the interrupting timer on the sub-process fires at its original deadline after runs continued, and takes the carried tasks out', async () => {
    const id = await chase('PT12S');
    const { ask, offer } = await bothTasks(id);
    // Once the nudges and reports are over (6 s), a run carries the sub-process and its deadline.
    const poke = () => call(stack, 'POST', `/process-instances/${id}/messages`, { token: manager.token, body: { name: 'unrelated', correlationKey: 'Kvitka' } });
    await temporal.carriedWhen(id, (resume) => tokenAt(resume.tokens, 'chasing')?.waits.report?.done === true, poke, 'a run after the reports');
    const final = await finished(id, 'completed');
    expect(final.variables.summary).toBe('no answer');
    expect(final.variables).not.toHaveProperty('outcome');

    const entered = Date.parse(final.history.find((e) => e.type === 'node_entered' && e.nodeId === 'chasing')!.occurredAt);
    const fired = Date.parse(final.history.find((e) => e.type === 'timer_fired' && e.nodeId === 'give_up')!.occurredAt);
    expect(fired - entered).toBeGreaterThanOrEqual(12_000);
    // Every run that carried the sub-process kept the deadline the first run set, 12 s after
    // entering (a run after the timer fired may go on from "give up" as a lone token instead).
    const deadlines: number[] = [];
    for (const run of (await temporal.runsOf(id)).slice(1)) {
      const dueAt = tokenAt((await temporal.resumeOf(id, run.runId))?.tokens, 'chasing')?.waits.give_up?.dueAt;
      if (dueAt !== undefined) deadlines.push(dueAt);
    }
    expect(deadlines.length).toBeGreaterThanOrEqual(1);
    expect(new Set(deadlines).size).toBe(1);
    expect(Math.abs(deadlines[0]! - (entered + 12_000))).toBeLessThan(1000);

    expect(count(final.history, 'timer_fired', 'give_up')).toBe(1);
    expect(count(final.history, 'node_entered', 'chasing')).toBe(1);
    expect(count(final.history, 'node_entered', 'close')).toBe(0);
    expect(count(final.history, 'task_created')).toBe(2);
    await eventually(async () => (await probe.tasksOf(id, 'cancelled')).length === 2, 'both tasks cancelled');
    expect((await probe.tasksOf(id, 'cancelled')).map((t) => t.id).sort()).toEqual([ask.id, offer.id].sort());
    expect(await probe.tasksOf(id)).toEqual([]);
    expect((await complete(ask.id)).status).toBe(409);

    const last = { workflowId: id, history: await temporal.historyOf(id) };
    keepHistory('chase-scope-gave-up', id, last.history);
    expect(await replayFailures([last])).toEqual([]);
  });

  it('cancelling an instance continued inside its sub-processes cancels the carried tasks', async () => {
    const id = await chase('PT1H');
    const { ask, offer } = await bothTasks(id);
    await eventually(async () => tokenAt((await temporal.resumeOf(id))?.tokens, 'ask')?.task, 'a run carrying the task');
    const cancel = await call(stack, 'POST', `/process-instances/${id}/cancel`, { token: owner.token, body: { reason: 'The client went away' } });
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(202);
    const final = await finished(id, 'cancelled');
    await eventually(async () => (await probe.tasksOf(id, 'cancelled')).length === 2, 'both tasks cancelled');
    expect((await probe.tasksOf(id, 'cancelled')).map((t) => t.id).sort()).toEqual([ask.id, offer.id].sort());
    expect(await probe.tasksOf(id)).toEqual([]);
    expect(count(final.history, 'task_created')).toBe(2);
    expect(count(final.history, 'instance_ended')).toBe(0);
    expect((await complete(ask.id)).status).toBe(409);
  });
});
