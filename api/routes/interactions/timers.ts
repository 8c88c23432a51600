import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { ReminderPlan } from '../../../domain/interactions/index.ts';
import { reminderWorkflowId, rescheduleSignal, workflowTypes, type ReminderInput } from '../../../workflows/names.ts';
import type { ApiContext } from '../../context.ts';
import { Problem } from '../../problem.ts';

/** How long a request waits for Temporal before it gives up (and saves nothing). */
const TEMPORAL_DEADLINE_MS = 10_000;

/**
 * Arms, re-arms or stops the durable timer of a reminder. Called inside the transaction that
 * changed the reminder: if Temporal refuses or is down, the answer is 503 and nothing is
 * saved; if the commit fails after, the timer finds no matching reminder and does nothing.
 */
export async function applyReminderPlan(ctx: ApiContext, plan: ReminderPlan | null): Promise<void> {
  if (!plan) return;
  const client: Client = ctx.temporal.client;
  try {
    await client.withDeadline(Date.now() + TEMPORAL_DEADLINE_MS, () => arm(ctx, client, plan));
  } catch (err) {
    throw new Problem(503, 'reminders.unavailable', 'Reminders are unavailable right now', `The process engine did not answer, so nothing was saved; try again shortly (${String(err).slice(0, 200)})`);
  }
}

async function arm(ctx: ApiContext, client: Client, plan: ReminderPlan): Promise<void> {
  const workflowId = reminderWorkflowId(plan.reminderId);
  if ('cancel' in plan) {
    try {
      await client.workflow.getHandle(workflowId).cancel();
    } catch (err) {
      if (!(err instanceof WorkflowNotFoundError)) throw err;
    }
    return;
  }
  const times = { remindAt: plan.remindAt.getTime(), dueAt: plan.dueAt?.getTime() ?? null };
  const input: ReminderInput = { reminderId: plan.reminderId, ...times };
  // Starts the timer, or signals the running one with the new times: one call, same id.
  await client.workflow.signalWithStart(workflowTypes.reminder, {
    workflowId,
    taskQueue: ctx.temporal.target.taskQueue,
    args: [input],
    signal: rescheduleSignal,
    signalArgs: [times],
  });
}
