import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ContinuedRuns, type ContinuingStack, startContinuingStack } from './support/continued.ts';
import { keepHistory, replayFailures } from './support/histories.ts';
import { call } from './support/http.ts';
import { eventually, taskPath } from './support/process.ts';
import type { Stack } from './support/stack.ts';

/**
 * Continue-as-new while tokens wait: open tasks, their boundary timers and subscriptions,
 * timer catch events and join counters go to the next run, which creates nothing twice.
 */
let continuing: ContinuingStack;
let stack: Stack;
let owner: ContinuingStack['owner'];
let manager: ContinuingStack['manager'];
let temporal: ContinuedRuns;

beforeAll(async () => {
  continuing = await startContinuingStack({ follow_up: 'follow-up-reminders', double_check: 'double-check', cooling_off: 'cooling-off', reply: 'reply-wait' }, 10);
  ({ stack, owner, manager, temporal } = continuing);
});
afterAll(() => continuing?.stop());

type Task = { id: string; workflowId: string; nodeId: string; status: string };
type Step = { type: string; nodeId: string | null; taskId: string | null; occurredAt: string };
type Instance = { status: string; variables: Record<string, unknown>; openTasks: { id: string; nodeId: string }[]; history: Step[] };

/** Starts an instance; `historyLimit` overrides the file's limit for it (the API runs in this process). */
const start = async (key: string, variables: Record<string, unknown>, historyLimit?: number) => {
  const limit = process.env.PROCESS_HISTORY_LIMIT;
  if (historyLimit) process.env.PROCESS_HISTORY_LIMIT = String(historyLimit);
  try {
    const started = await call(stack, 'POST', '/process-instances', { token: manager.token, body: { key, variables } });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    return started.body.workflowId as string;
  } finally {
    process.env.PROCESS_HISTORY_LIMIT = limit;
  }
};
const instance = async (id: string) => (await call(stack, 'GET', `/process-instances/${id}`, { token: manager.token })).body as Instance;
const tasksOf = async (id: string, status: string) =>
  ((await call(stack, 'GET', `/tasks?view=all&status=${status}`, { token: manager.token })).body.items as Task[]).filter((t) => t.workflowId === id);
const count = (history: Step[], type: string, nodeId?: string) => history.filter((e) => e.type === type && (nodeId === undefined || e.nodeId === nodeId)).length;
const complete = (taskId: string, variables: Record<string, unknown> = {}) => call(stack, 'POST', `${taskPath(taskId)}/complete`, { token: manager.token, body: { variables } });

/** The instance once it completed and its last events are written (the live state says "completed" a little earlier). */
async function ended(id: string, timeoutMs?: number): Promise<Instance> {
  return eventually(async () => {
    const body = await instance(id);
    return body.status === 'completed' && count(body.history, 'instance_ended') ? body : null;
  }, `${id} to complete`, timeoutMs);
}

describe('continue-as-new with parked tokens', () => {
  it('an open task with a reminder cycle, an escalation and a message boundary continues as new and stays one task', async () => {
    const id = await start('follow_up', { client: 'Kvitka', reminders: 0, escalations: 0, notes: 0 });
    const [task] = await eventually(async () => {
      const open = await tasksOf(id, 'open');
      return open.length ? open : null;
    }, 'the task');
    // All four reminders (one a second) and the escalation (after 2 s) fire, over several runs.
    await eventually(async () => {
      const vars = (await instance(id)).variables;
      // Three runs or more: a run continues only in a workflow task that wrote no log, which
      // reminders a second apart on a loaded machine leave few of.
      return vars.reminders === 4 && vars.escalations === 1 && (await temporal.continuedRuns(id)).length >= 2;
    }, 'the reminders over several runs', 30_000);

    // The message boundary's subscription lives on in the latest run.
    const sent = await call(stack, 'POST', `/process-instances/${id}/messages`, { token: manager.token, body: { name: 'note added', correlationKey: 'Kvitka' } });
    expect(sent.status).toBe(202);
    await eventually(async () => (await instance(id)).variables.notes === 1, 'the note');
    // The next run carries what fired: a used-up cycle and a fired escalation do not start again.
    const poke = () => call(stack, 'POST', `/process-instances/${id}/messages`, { token: manager.token, body: { name: 'unrelated', correlationKey: 'Kvitka' } });
    const carried = await temporal.carriedWhen(id, (resume) => resume.tokens?.[0]?.waits.note?.fired === 1, poke, 'a run after the note');
    expect(carried.tokens).toHaveLength(1);
    const [token] = carried.tokens!;
    expect(token).toMatchObject({ nodeId: 'call', task: { taskId: task!.id, inputs: { topic: 'Call Kvitka' } } });
    expect(token!.waits).toMatchObject({ remind: { fired: 4, done: true }, escalate: { fired: 1, done: true }, expire: { fired: 0 }, note: { fired: 1, key: 'Kvitka' } });
    const startedAt = Date.parse((await instance(id)).history.find((e) => e.type === 'node_entered' && e.nodeId === 'call')!.occurredAt);
    expect(token!.waits.expire!.dueAt! - startedAt).toBeGreaterThan(3_590_000);
    await new Promise((r) => setTimeout(r, 1500));

    const live = await instance(id);
    expect(live.status).toBe('active');
    expect(live.variables).toMatchObject({ reminders: 4, escalations: 1, notes: 1 });
    expect(live.openTasks.map((t) => t.id)).toEqual([task!.id]);
    expect(await tasksOf(id, 'open')).toHaveLength(1);
    expect(count(live.history, 'task_created')).toBe(1);
    expect(count(live.history, 'node_entered', 'call')).toBe(1);
    expect(count(live.history, 'timer_fired', 'remind')).toBe(4);
    expect(count(live.history, 'timer_fired', 'escalate')).toBe(1);
    expect(count(live.history, 'timer_fired', 'expire')).toBe(0);
    expect(count(live.history, 'message_correlated', 'note')).toBe(1);
    const inbox = (await call(stack, 'GET', '/inbox?view=claimable', { token: manager.token })).body.items as { id: string; process: { workflowId: string } | null }[];
    expect(inbox.filter((i) => i.process?.workflowId === id).map((i) => i.id)).toEqual([task!.id]);
    const stats = (await call(stack, 'GET', '/process-definitions/follow_up/statistics', { token: owner.token })).body.nodes as { nodeId: string; entered: number; open: number }[];
    expect(stats.find((n) => n.nodeId === 'call')).toMatchObject({ entered: 1, open: 1 });

    // Claiming works on the row, completing goes to the latest run; the output mapping sees the task's input.
    expect((await call(stack, 'POST', `${taskPath(task!.id)}/claim`, { token: manager.token })).status).toBe(200);
    const done = await complete(task!.id, { outcome: 'reached' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const final = await ended(id);
    expect(final.variables).toMatchObject({ client: 'Kvitka', summary: 'Call Kvitka: reached', reminders: 4, escalations: 1, notes: 1 });
    expect(count(final.history, 'task_completed')).toBe(1);
    expect(count(final.history, 'instance_ended')).toBe(1);
    expect(count(final.history, 'instance_started')).toBe(1);
    expect((await tasksOf(id, 'completed')).map((t) => t.id)).toEqual([task!.id]);
    expect((await complete(task!.id)).status).toBe(409);
    const after = (await call(stack, 'GET', '/process-definitions/follow_up/statistics', { token: owner.token })).body.nodes as { nodeId: string; entered: number; completed: number }[];
    expect(after.find((n) => n.nodeId === 'call')).toMatchObject({ entered: 1, completed: 1 });

    // A run that resumed parked tokens and parked them again, and the last one, replay.
    const runs = await temporal.runsOf(id);
    const middle = { workflowId: id, history: await temporal.historyOf(id, runs[1]!.runId) };
    const last = { workflowId: id, history: await temporal.historyOf(id) };
    keepHistory('follow-up-continuing', id, middle.history);
    keepHistory('follow-up-continued', id, last.history);
    expect(await replayFailures([middle, last])).toEqual([]);
  });

  it('two parallel open tasks and the join counter go to the next run; the instance completes once', async () => {
    // Low enough that finishing one task (an Update and an activity) is sure to reach it.
    const id = await start('double_check', { owner: String(manager.id) }, 10);
    const open = await eventually(async () => {
      const tasks = await tasksOf(id, 'open');
      return tasks.length === 2 ? tasks : null;
    }, 'both tasks');
    const price = open.find((t) => t.nodeId === 'check_price')!;
    const terms = open.find((t) => t.nodeId === 'check_terms')!;
    const both = await eventually(async () => (await temporal.resumeOf(id))?.tokens, 'a run with both tasks open');
    expect(both.map((t) => [t.nodeId, t.task?.taskId])).toEqual([['check_price', price.id], ['check_terms', terms.id]]);

    const first = await complete(price.id);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    // The join holds one arrival while "check the terms" waits; the next run carries the count.
    const half = await eventually(async () => {
      const resume = await temporal.resumeOf(id);
      return resume?.joins?.some(([gateway, arrived]) => gateway === 'join' && arrived === 1) ? resume : null;
    }, 'a run with the join half done');
    expect(half.tokens!.map((t) => [t.nodeId, t.task?.taskId])).toEqual([['check_terms', terms.id]]);
    const waiting = await instance(id);
    expect(waiting.status).toBe('active');
    expect(waiting.openTasks.map((t) => t.id)).toEqual([terms.id]);
    expect(count(waiting.history, 'node_entered', 'join')).toBe(1);

    expect((await complete(terms.id)).status).toBe(200);
    const final = await ended(id);
    expect(count(final.history, 'task_created')).toBe(2);
    expect(count(final.history, 'node_entered', 'join')).toBe(2);
    expect(count(final.history, 'node_entered', 'checked')).toBe(1);
    expect(count(final.history, 'instance_ended')).toBe(1);
    expect((await tasksOf(id, 'completed')).map((t) => t.id).sort()).toEqual([price.id, terms.id].sort());

    const last = { workflowId: id, history: await temporal.historyOf(id) };
    keepHistory('double-check-continued', id, last.history);
    expect(await replayFailures([last])).toEqual([]);
  });

  it('a timer catch event carried to the next run fires at its original deadline', async () => {
    const id = await start('cooling_off', { owner: String(manager.id) });
    const [task] = await eventually(async () => {
      const open = await tasksOf(id, 'open');
      return open.length ? open : null;
    }, 'the task');
    const entered = Date.parse((await instance(id)).history.find((e) => e.type === 'node_entered' && e.nodeId === 'cool')!.occurredAt);
    // Complete the task well into the 8 s wait: the run that follows must not wait 8 s again.
    await new Promise((r) => setTimeout(r, Math.max(0, entered + 3000 - Date.now())));
    expect((await complete(task!.id)).status).toBe(200);
    const final = await ended(id, 30_000);

    const fired = Date.parse(final.history.find((e) => e.type === 'timer_fired' && e.nodeId === 'cool')!.occurredAt);
    expect(fired - entered).toBeGreaterThanOrEqual(8000);
    const runs = await temporal.runsOf(id);
    expect(runs.length).toBeGreaterThanOrEqual(3);
    // Each run started the timer for what was left of the 8 s, not for 8 s again.
    const timers: number[] = [];
    for (const run of runs) {
      for (const event of (await temporal.historyOf(id, run.runId)).events ?? []) {
        const timeout = event.timerStartedEventAttributes?.startToFireTimeout;
        const ms = timeout ? Number(timeout.seconds ?? 0) * 1000 + Math.round((timeout.nanos ?? 0) / 1e6) : 0;
        // 1 ms: the pause that lets a run's log writes be recorded before it continues as new.
        if (ms > 1) timers.push(ms);
      }
    }
    expect(timers[0]).toBe(8000);
    expect(timers.at(-1)).toBeLessThanOrEqual(5000);
    expect(timers).toEqual([...timers].sort((a, b) => b - a));
    expect(count(final.history, 'node_entered', 'cool')).toBe(1);
    expect(count(final.history, 'timer_fired', 'cool')).toBe(1);
    expect(count(final.history, 'instance_ended')).toBe(1);

    const last = { workflowId: id, history: await temporal.historyOf(id) };
    keepHistory('cooling-off-continued', id, last.history);
    expect(await replayFailures([last])).toEqual([]);
  });
  it('an event-based gateway keeps its timer deadline and subscription across runs; unrelated messages stay buffered', async () => {
    const id = await start('reply', { caseId: 'C-7', waitFor: 'PT1H' }, 6);
    const waiting = () => eventually(async () => (await temporal.historyOf(id)).events?.some((e) => e.timerStartedEventAttributes), 'the run waiting at the gateway');
    const poke = async () => {
      const sent = await call(stack, 'POST', `/process-instances/${id}/messages`, { token: manager.token, body: { name: 'client called', correlationKey: 'C-7' } });
      expect(sent.status).toBe(202);
    };
    const carrying = (messages: number) =>
      eventually(async () => {
        const resume = await temporal.resumeOf(id);
        return resume?.inbox.length === messages ? resume : null;
      }, `a run carrying ${messages} message(s)`);

    // Waiting at the gateway writes nothing, so only an event makes the run long: a message nobody
    // waits for wakes it, and it continues as new carrying the message, the deadline and the key.
    await waiting();
    await poke();
    const first = await carrying(1);
    expect(first.inbox).toEqual([{ name: 'client called', correlationKey: 'C-7' }]);
    expect(first.tokens?.[0]).toMatchObject({ nodeId: 'first', waits: { replied: { fired: 0, key: 'C-7' }, silence: { fired: 0 } } });
    const deadline = first.tokens![0]!.waits.silence!.dueAt!;
    const startedAt = (await temporal.runsOf(id))[0]!.startTime.getTime();
    expect(Math.abs(deadline - (startedAt + 3_600_000))).toBeLessThan(5_000);

    await waiting();
    await poke();
    const next = await carrying(2);
    expect(next.tokens![0]!.waits.silence!.dueAt).toBe(deadline);

    const reply = await call(stack, 'POST', `/process-instances/${id}/messages`, { token: manager.token, body: { name: 'client replied', correlationKey: 'C-7', variables: { text: 'yes' } } });
    expect(reply.status).toBe(202);
    const final = await ended(id);
    expect(final.variables).toMatchObject({ outcome: 'answered', text: 'yes' });
    expect(count(final.history, 'node_entered', 'first')).toBe(1);
    expect(count(final.history, 'message_correlated', 'replied')).toBe(1);
    expect(count(final.history, 'timer_fired')).toBe(0);

    const last = { workflowId: id, history: await temporal.historyOf(id) };
    keepHistory('reply-gateway-continued', id, last.history);
    expect(await replayFailures([last])).toEqual([]);
  });
  it('cancelling a continued instance takes its carried open tasks out of the inboxes', async () => {
    const id = await start('double_check', { owner: String(manager.id) }, 10);
    const carried = await eventually(async () => (await temporal.resumeOf(id))?.tokens, 'a run with both tasks open');
    const cancel = await call(stack, 'POST', `/process-instances/${id}/cancel`, { token: owner.token, body: { reason: 'The deal was lost' } });
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(202);
    const final = await eventually(async () => {
      const body = await instance(id);
      return body.status === 'cancelled' && count(body.history, 'instance_cancelled') ? body : null;
    }, 'the cancellation');
    expect(await tasksOf(id, 'open')).toEqual([]);
    await eventually(async () => (await tasksOf(id, 'cancelled')).length === 2, 'both tasks cancelled');
    expect((await tasksOf(id, 'cancelled')).map((t) => t.id).sort()).toEqual(carried.map((t) => t.task!.taskId).sort());
    expect(count(final.history, 'task_created')).toBe(2);
  });
});
