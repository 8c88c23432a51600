import { defineSignal } from '@temporalio/workflow';

/** When a reminder fires and (for a planned interaction) when it turns overdue, as epoch ms. */
export interface ReminderTimes {
  remindAt: number;
  dueAt: number | null;
}

export interface ReminderInput extends ReminderTimes {
  reminderId: number;
}

/** The reminder moved: the timer re-arms for the new times (a fired time that comes back fires again). */
export const rescheduleSignal = defineSignal<[ReminderTimes]>('reschedule');

export const reminderWorkflowId = (reminderId: number) => `reminder-${reminderId}`;
