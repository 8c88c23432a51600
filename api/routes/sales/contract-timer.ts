import type { Client } from '@temporalio/client';
import { timeOfDayMs, type ExpiryPlan } from '../../../domain/sales/index.ts';
import { contractExpiryWorkflowId, rearmExpirySignal, workflowTypes, type ContractExpiryInput } from '../../../workflows/names.ts';
import type { ApiContext } from '../../context.ts';
import { Problem } from '../../problem.ts';

const TEMPORAL_DEADLINE_MS = 10_000;

/** The time of day (UTC) expiry reminders fire on their day: `CONTRACT_REMINDER_TIME`, default 09:00. */
export function contractReminderTime(): string {
  const text = process.env.CONTRACT_REMINDER_TIME ?? '09:00';
  try {
    timeOfDayMs(text);
  } catch (err) {
    throw new Problem(500, 'config.contract_reminder_time', 'CONTRACT_REMINDER_TIME is set wrong', (err as Error).message);
  }
  return text;
}

/**
 * Arms, re-arms or stops the expiry timer of a contract (`contract-expiry-<id>`), inside the
 * transaction that changed the contract: if Temporal does not answer, the answer is 503 and
 * nothing is saved; if the commit fails after, the timer finds no matching contract and does nothing.
 */
export async function applyExpiryPlan(ctx: ApiContext, plan: ExpiryPlan | null): Promise<void> {
  if (!plan) return;
  const client: Client = ctx.temporal.client;
  const remindAt = plan.remindAt?.getTime() ?? null;
  const input: ContractExpiryInput = { contractId: plan.contractId, remindAt };
  try {
    await client.withDeadline(Date.now() + TEMPORAL_DEADLINE_MS, () =>
      // Starts the timer, or signals the running one with the new time: one call, same id.
      client.workflow.signalWithStart(workflowTypes.contractExpiry, {
        workflowId: contractExpiryWorkflowId(plan.contractId),
        taskQueue: ctx.temporal.target.taskQueue,
        args: [input],
        signal: rearmExpirySignal,
        signalArgs: [{ remindAt }],
      }));
  } catch (err) {
    throw new Problem(503, 'contracts.reminders_unavailable', 'Contract reminders are unavailable right now', `The process engine did not answer, so nothing was saved; try again shortly (${String(err).slice(0, 200)})`);
  }
}
