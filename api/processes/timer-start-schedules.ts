import { ScheduleAlreadyRunning, ScheduleNotFoundError, ScheduleOverlapPolicy, type ScheduleOptions, type ScheduleSpec } from '@temporalio/client';
import type { EntityManager } from '@mikro-orm/postgresql';
import { timerStartsOf, type CompiledProcess, type ProcessVersion } from '../../domain/processes/index.ts';
import { DomainError } from '../../domain/errors.ts';
import { workflowTypes, type ProcessInput } from '../../workflows/names.ts';
import { dateMs, durationMs, parseCycle } from '../../workflows/process/durations.ts';
import type { ApiContext } from '../context.ts';

type TimerStart = CompiledProcess['startEvents']['timers'][number];

export const timerScheduleId = (key: string, nodeId: string) => `process-start:${key}:${nodeId}`;

/**
 * Makes the Temporal Schedules of a process key match its active version: one schedule per
 * timer start event, each starting an instance of that version at that event. Schedules of
 * timer starts the active version no longer has (or of a deactivated key) are deleted.
 */
export async function syncTimerStarts(ctx: ApiContext, em: EntityManager, key: string): Promise<void> {
  const { active, everNodeIds } = await timerStartsOf(em, key);
  const wanted = active?.graph.startEvents.timers ?? [];
  const schedules = ctx.temporal.client.schedule;
  for (const nodeId of everNodeIds.filter((id) => !wanted.some((t) => t.nodeId === id))) {
    await schedules.getHandle(timerScheduleId(key, nodeId)).delete().catch((err: unknown) => {
      if (!(err instanceof ScheduleNotFoundError)) throw err;
    });
  }
  for (const timer of wanted) {
    const options = scheduleOf(ctx, active!, timer);
    if (!options) continue;
    try {
      await schedules.create(options);
    } catch (err) {
      if (!(err instanceof ScheduleAlreadyRunning)) throw err;
      await schedules.getHandle(options.scheduleId).update((previous) => ({ ...previous, spec: options.spec, action: options.action, state: { remainingActions: options.state?.remainingActions } }));
    }
  }
}

/** The schedule of one timer start event; null for a date already past (nothing left to start). */
function scheduleOf(ctx: ApiContext, version: ProcessVersion, timer: TimerStart): ScheduleOptions | null {
  const plan = planOf(timer, version);
  if (!plan) return null;
  const input: ProcessInput = {
    definitionKey: version.definitionKey,
    versionNumber: version.number,
    graph: version.graph,
    variables: {},
    record: null,
    startedBy: null,
    startNodeId: timer.nodeId,
  };
  return {
    scheduleId: timerScheduleId(version.definitionKey, timer.nodeId),
    spec: plan.spec,
    action: {
      type: 'startWorkflow',
      workflowType: workflowTypes.process,
      taskQueue: ctx.temporal.target.taskQueue,
      // Temporal appends the scheduled time, so every start has its own workflow id.
      workflowId: `process-${version.definitionKey}-timer-${timer.nodeId}`,
      args: [input],
    },
    // Every tick starts an instance even while earlier ones still wait for people.
    policies: { overlap: ScheduleOverlapPolicy.ALLOW_ALL, catchupWindow: '1 minute' },
    state: plan.remainingActions ? { remainingActions: plan.remainingActions } : {},
  };
}

function planOf(timer: TimerStart, version: ProcessVersion): { spec: ScheduleSpec; remainingActions?: number } | null {
  const value = timer.timer.value;
  if (!('literal' in value)) {
    throw new DomainError('process.timer_start_expression', `Timer start event ${timer.nodeId} of "${version.definitionKey}" must be a literal date or cycle, not an expression`, 422);
  }
  const text = value.literal;
  if (timer.timer.kind === 'date') {
    const at = Math.ceil(dateMs(text) / 1000) * 1000;
    if (at <= Date.now()) return null;
    return { spec: { intervals: [{ every: 1000 }], startAt: new Date(at), endAt: new Date(at) }, remainingActions: 1 };
  }
  if (timer.timer.kind === 'duration') {
    // A duration start means "once, this long after activation".
    return { spec: { intervals: [{ every: 1000 }], startAt: new Date(Date.now() + durationMs(text)) }, remainingActions: 1 };
  }
  const cycle = parseCycle(text);
  const every = Math.max(1000, cycle.intervalMs);
  return {
    spec: { intervals: [{ every, offset: (cycle.startAt ?? 0) % every }], ...(cycle.startAt ? { startAt: new Date(cycle.startAt) } : {}) },
    ...(cycle.repetitions !== null ? { remainingActions: cycle.repetitions } : {}),
  };
}
