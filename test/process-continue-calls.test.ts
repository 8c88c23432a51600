import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ContinuedRuns, type ContinuingStack, startContinuingStack } from './support/continued.ts';
import { keepHistory, replayFailures } from './support/histories.ts';
import { call } from './support/http.ts';
import { eventually, InstanceProbe, taskPath, type ProcessTask } from './support/process.ts';
import type { Stack } from './support/stack.ts';

/**
 * Continue-as-new while a token waits in a call activity (contract-sale.bpmn calls
 * contract-approval.bpmn, whose "Review the contract" task waits for the owner). The parent's
 * run changes while the child goes on; the child's end (its variables, its BPMN error) reaches
 * whichever run waits, and leaving the call activity early (cancel, interrupting timer)
 * cancels the child.
 */
let continuing: ContinuingStack;
let stack: Stack;
let owner: ContinuingStack['owner'];
let manager: ContinuingStack['manager'];
let temporal: ContinuedRuns;
let probe: InstanceProbe;

beforeAll(async () => {
  continuing = await startContinuingStack({ contract_approval: 'contract-approval', contract_sale: 'contract-sale' });
  ({ stack, owner, manager, temporal } = continuing);
  probe = new InstanceProbe(stack, owner, manager, { variables: { owner: String(manager.id) } });
});
afterAll(() => continuing?.stop());

type Instance = { status: string; variables: Record<string, unknown>; children: { workflowId: string; status: string }[] };

const instance = async (id: string) => (await probe.instance(id)).body as Instance;
const sale = (patience = 'PT1H') => probe.start('contract_sale', { dealAmount: 1000, discount: 50, patience });
const poke = (id: string) => () => call(stack, 'POST', `/process-instances/${id}/messages`, { token: manager.token, body: { name: 'client called', correlationKey: 'x' } });

/** The child's review task, once the parent has continued as new with its token waiting for that child. */
async function continuedWhileReviewing(id: string): Promise<{ childId: string; task: ProcessTask }> {
  const childId = await eventually(async () => (await instance(id)).children?.[0]?.workflowId, 'the child');
  const [task] = await eventually(async () => ((await probe.tasksOf(childId)).length ? probe.tasksOf(childId) : null), 'the review task');
  const resume = await temporal.carriedWhen(id, (r) => r.tokens?.[0]?.call?.childId === childId, poke(id), 'a run waiting for the child');
  expect(resume.tokens).toEqual([expect.objectContaining({ nodeId: 'approval', call: { childId } })]);
  expect((await temporal.continuedRuns(id)).length).toBeGreaterThanOrEqual(1);
  // Still one child, still running, and its task is the one it had.
  expect((await instance(id)).children).toEqual([expect.objectContaining({ workflowId: childId, status: 'active' })]);
  expect((await probe.tasksOf(childId)).map((t) => t.id)).toEqual([task!.id]);
  return { childId, task: task! };
}

const review = async (taskId: string, decision: string) => {
  const done = await call(stack, 'POST', `${taskPath(taskId)}/complete`, { token: manager.token, body: { variables: { decision } } });
  expect(done.status, JSON.stringify(done.body)).toBe(200);
};

type History = Awaited<ReturnType<ContinuedRuns['historyOf']>>;
type HistoryEvent = NonNullable<History['events']>[number];
/** The one run of the instance with an event `match` accepts (later runs may only carry a lone token on). */
async function runWith(id: string, match: (e: HistoryEvent) => boolean): Promise<History> {
  const runs = await Promise.all((await temporal.runsOf(id)).map((run) => temporal.historyOf(id, run.runId)));
  const found = runs.filter((h) => h.events?.some(match));
  expect(found).toHaveLength(1);
  return found[0]!;
}
const tookTheEnd = (e: HistoryEvent) => e.workflowExecutionSignaledEventAttributes?.signalName === 'calledProcessEnded';

async function finished(id: string, status: string, last: string): Promise<string[]> {
  return eventually(async () => {
    const body = await instance(id);
    const steps = await probe.steps(id);
    return body.status === status && steps.at(-1) === last ? steps : null;
  }, `${id} to be ${status}`, 30_000);
}

describe('continue-as-new while a call activity waits for its child', () => {
  it('the parent continues while the child waits on its task; the child ends and the parent goes on with its output', async () => {
    const id = await sale();
    const { childId, task } = await continuedWhileReviewing(id);
    // A run that took the waiting token over continues again, the child still running.
    await eventually(async () => {
      if ((await temporal.continuedRuns(id)).length >= 2) return true;
      await poke(id)();
      await new Promise((r) => setTimeout(r, 1000));
      return false;
    }, 'a second continued run');
    expect((await temporal.resumeOf(id))!.tokens).toEqual([expect.objectContaining({ nodeId: 'approval', call: { childId } })]);
    await review(task.id, 'approve');

    const steps = await finished(id, 'completed', 'instance_ended');
    expect(steps).toEqual([
      'instance_started',
      'node_entered:start', 'node_left:start',
      'node_entered:approval', 'node_left:approval',
      'node_entered:sign', 'node_left:sign',
      'node_entered:signed', 'node_left:signed',
      'instance_ended',
    ]);
    const final = await instance(id);
    expect(final.variables).toMatchObject({ dealAmount: 1000, contractAmount: 950, outcome: 'signed' });
    // Only the output mapping comes back (propagateAllChildVariables="false").
    expect(final.variables).not.toHaveProperty('approvedAmount');
    expect(final.variables).not.toHaveProperty('decision');
    expect(final.children).toEqual([expect.objectContaining({ workflowId: childId, status: 'completed' })]);
    expect(await finished(childId, 'completed', 'instance_ended')).toEqual([
      'instance_started',
      'node_entered:start', 'node_left:start',
      'node_entered:review', 'task_created:review', 'task_completed:review', 'node_left:review',
      'node_entered:verdict', 'node_left:verdict',
      'node_entered:terms', 'node_left:terms',
      'node_entered:approved', 'node_left:approved',
      'instance_ended',
    ]);

    // The run that started the child and continued, one that took the token over and continued
    // again, the last one that took the child's end, and the child replay.
    const runs = await temporal.runsOf(id);
    const histories = {
      'contract-call-started': { workflowId: id, history: await temporal.historyOf(id, runs[0]!.runId) },
      'contract-call-continuing': { workflowId: id, history: await temporal.historyOf(id, runs[1]!.runId) },
      'contract-call-continued': { workflowId: id, history: await runWith(id, tookTheEnd) },
      'contract-call-continued-child': { workflowId: childId, history: await temporal.historyOf(childId) },
    };
    for (const [scenario, { workflowId, history }] of Object.entries(histories)) keepHistory(scenario, workflowId, history);
    expect(await replayFailures(Object.values(histories))).toEqual([]);
  });

  it('a BPMN error the child throws after the parent continued is caught by the error boundary on the call activity', async () => {
    const id = await sale();
    const { childId, task } = await continuedWhileReviewing(id);
    await review(task.id, 'reject');

    const steps = await finished(id, 'completed', 'instance_ended');
    expect(steps).toEqual([
      'instance_started',
      'node_entered:start', 'node_left:start',
      'node_entered:approval', 'node_left:approval',
      'node_entered:rejected', 'node_left:rejected',
      'node_entered:drop', 'node_left:drop',
      'node_entered:dropped', 'node_left:dropped',
      'instance_ended',
    ]);
    const final = await instance(id);
    expect(final.variables).toMatchObject({ outcome: 'rejected', error: { code: 'contract.rejected' } });
    expect(final.variables).not.toHaveProperty('contractAmount');
    expect((await probe.steps(childId)).filter((s) => s.startsWith('instance_'))).toEqual(['instance_started', 'instance_ended']);

    const last = { workflowId: id, history: await runWith(id, tookTheEnd) };
    const child = { workflowId: childId, history: await temporal.historyOf(childId) };
    keepHistory('contract-call-error-continued', id, last.history);
    keepHistory('contract-call-error-continued-child', childId, child.history);
    expect(await replayFailures([last, child])).toEqual([]);
  });

  it('cancelling the continued parent cancels the running child and takes its task out of the inbox', async () => {
    const id = await sale();
    const { childId, task } = await continuedWhileReviewing(id);
    const cancel = await call(stack, 'POST', `/process-instances/${id}/cancel`, { token: owner.token, body: { reason: 'The client went elsewhere' } });
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(202);

    expect((await finished(id, 'cancelled', 'instance_cancelled')).filter((s) => s.startsWith('instance_'))).toEqual(['instance_started', 'instance_cancelled']);
    await finished(childId, 'cancelled', 'instance_cancelled');
    expect(await probe.tasksOf(childId)).toEqual([]);
    expect((await probe.tasksOf(childId, 'cancelled')).map((t) => t.id)).toEqual([task.id]);
    // The review can no longer be completed.
    const late = await call(stack, 'POST', `${taskPath(task.id)}/complete`, { token: manager.token, body: { variables: { decision: 'approve' } } });
    expect(late.status).toBeGreaterThanOrEqual(400);
  });

  it('an interrupting timer on the call activity that fires after the parent continued cancels the child', async () => {
    const id = await sale('PT8S');
    const { childId, task } = await continuedWhileReviewing(id);
    const resume = await temporal.resumeOf(id);
    // The timer's deadline is carried, not started again in each run.
    const dueAt = resume!.tokens![0]!.waits.too_slow!.dueAt!;
    const startedAt = (await temporal.runsOf(id))[0]!.startTime.getTime();
    expect(Math.abs(dueAt - (startedAt + 8000))).toBeLessThan(3000);

    const steps = await finished(id, 'completed', 'instance_ended');
    expect(steps).toEqual([
      'instance_started',
      'node_entered:start', 'node_left:start',
      'node_entered:approval', 'timer_fired:too_slow', 'node_left:approval',
      'node_entered:too_slow', 'node_left:too_slow',
      'node_entered:chase', 'node_left:chase',
      'node_entered:expired', 'node_left:expired',
      'instance_ended',
    ]);
    expect((await instance(id)).variables.outcome).toBe('expired');
    await finished(childId, 'cancelled', 'instance_cancelled');
    expect((await probe.tasksOf(childId, 'cancelled')).map((t) => t.id)).toEqual([task.id]);

    // The run in which the timer fired asked the child to cancel (later runs may only carry the token on).
    const fired = await runWith(id, (e) => e.requestCancelExternalWorkflowExecutionInitiatedEventAttributes?.workflowExecution?.workflowId === childId);
    expect(fired.events?.[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId).toBeTruthy();
    keepHistory('contract-call-timer-continued', id, fired);
    expect(await replayFailures([{ workflowId: id, history: fired }])).toEqual([]);
  });

  it('a child cancelled on its own leaves an incident on the call activity; a retry calls the process again', async () => {
    const id = await sale();
    const { childId } = await continuedWhileReviewing(id);
    const cancel = await call(stack, 'POST', `/process-instances/${encodeURIComponent(childId)}/cancel`, { token: owner.token, body: { reason: 'Wrong contract' } });
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(202);

    const incident = await eventually(async () => (await probe.instance(id)).body.incidents?.[0] as { id: string; nodeId: string; message: string } | undefined, 'the incident');
    expect(incident).toMatchObject({ nodeId: 'approval', message: expect.stringContaining('cancelled') });
    const retried = await call(stack, 'POST', `/process-instances/${id}/incidents/${incident.id}/retry`, { token: owner.token });
    expect(retried.status, JSON.stringify(retried.body)).toBeLessThan(300);
    const second = await eventually(async () => (await instance(id)).children?.find((c) => c.workflowId !== childId && c.status === 'active'), 'the second child');
    const [task] = await eventually(async () => ((await probe.tasksOf(second.workflowId)).length ? probe.tasksOf(second.workflowId) : null), 'the second review task');
    await review(task!.id, 'approve');
    await finished(id, 'completed', 'instance_ended');
    expect((await instance(id)).variables).toMatchObject({ contractAmount: 950, outcome: 'signed' });
  });
});
