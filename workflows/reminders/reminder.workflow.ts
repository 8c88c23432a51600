import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { createReminderActivities } from '../../activities/reminder.activities.ts';
import { rescheduleSignal, type ReminderInput, type ReminderTimes } from './messages.ts';

const { fireReminder, notifyOverdue } = proxyActivities<ReturnType<typeof createReminderActivities>>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute' },
});

type Step = { what: 'remind' | 'overdue'; at: number };

/**
 * One durable timer per reminder (`reminder-<id>`): sleeps until the reminder time, fires it,
 * then — for a planned interaction — sleeps until its time and reports it overdue if still
 * planned. A reschedule signal re-arms; cancelling the workflow stops it. The activities
 * check the stored reminder, so a stale timer never notifies.
 */
export async function reminderWorkflow(input: ReminderInput): Promise<void> {
  let times: ReminderTimes = { remindAt: input.remindAt, dueAt: input.dueAt };
  let moved = false;
  setHandler(rescheduleSignal, (next) => {
    times = next;
    moved = true;
  });
  let firedFor: number | null = null;
  let overdueFor: number | null = null;
  const nextStep = (): Step | null => {
    if (firedFor !== times.remindAt) return { what: 'remind', at: times.remindAt };
    if (times.dueAt !== null && overdueFor !== times.dueAt) return { what: 'overdue', at: times.dueAt };
    return null;
  };
  for (let step = nextStep(); step; step = nextStep()) {
    moved = false;
    const wait = step.at - Date.now();
    if (wait > 0 && (await condition(() => moved, wait))) continue;
    if (step.what === 'remind') {
      await fireReminder({ reminderId: input.reminderId, at: step.at });
      firedFor = step.at;
    } else {
      await notifyOverdue({ reminderId: input.reminderId, dueAt: step.at });
      overdueFor = step.at;
    }
  }
}
