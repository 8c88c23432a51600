import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';

/** Everything the API says to a running process, defined once; the API imports these. */

export interface CompleteTaskRequest {
  taskId: string;
  /** Who completes it; checked against the task's assignee by the API before the update. */
  actorId: number;
  variables: Record<string, unknown>;
}

export interface CompleteTaskAnswer {
  taskId: string;
  completedAt: string;
}

export interface MessageDelivery {
  name: string;
  correlationKey?: string;
  variables?: Record<string, unknown>;
}

export interface CancelRequest {
  reason: string;
  /** Who asked; null when the calling process was cancelled. */
  actorId: number | null;
}

/** What a called process tells its caller when it ends (see called-processes.ts). */
export interface CalledProcessEnd {
  /** The child's workflow id: the caller's token waits for this one. */
  childId: string;
  /** completed (also by a terminate end event), cancelled, an error end event for the caller, or failed. */
  status: 'completed' | 'cancelled' | 'error' | 'failed';
  variables?: Record<string, unknown>;
  errorCode?: string;
  message?: string;
}

export interface InstanceState {
  status: 'active' | 'completed' | 'terminated' | 'cancelled' | 'incident';
  tokens: { id: string; nodeId: string; scope: string | null }[];
  openTasks: string[];
  incidents: { id: string; nodeId: string; message: string }[];
  variables: Record<string, unknown>;
}

/** Completes a user task: validated against the task's form, answered synchronously. */
export const completeTaskUpdate = defineUpdate<CompleteTaskAnswer, [CompleteTaskRequest]>('completeTask');
/** A message (name + correlation key) for catch events, boundary events and event gateways. */
export const messageSignal = defineSignal<[MessageDelivery]>('message');
/** Retries the failed step of an incident after someone fixed the cause. */
export const retryIncidentSignal = defineSignal<[{ incidentId: string }]>('retryIncident');
/** Cancels the whole instance: open tasks leave the inboxes, running steps are stopped. */
export const cancelInstanceSignal = defineSignal<[CancelRequest]>('cancelInstance');
/** A called process ended: sent by the child to its caller's workflow id, so it reaches the current run. */
export const calledProcessEndedSignal = defineSignal<[CalledProcessEnd]>('calledProcessEnded');
export const stateQuery = defineQuery<InstanceState>('state');
