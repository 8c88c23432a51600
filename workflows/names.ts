/** Workflow type names and messages the API uses; the API never imports workflow code itself. */
export const workflowTypes = {
  roundTrip: 'roundTripWorkflow',
  process: 'processWorkflow',
  reminder: 'reminderWorkflow',
  contractExpiry: 'contractExpiryWorkflow',
} as const;
export type { RoundTripInput } from './round-trip.workflow.ts';
export type { ProcessInput, ProcessResult } from './process/types.ts';
export {
  cancelInstanceSignal,
  completeTaskUpdate,
  messageSignal,
  retryIncidentSignal,
  stateQuery,
  type CancelRequest,
  type CompleteTaskRequest,
  type InstanceState,
  type MessageDelivery,
} from './process/messages.ts';
export { reminderWorkflowId, rescheduleSignal, type ReminderInput, type ReminderTimes } from './reminders/messages.ts';
export { contractExpiryWorkflowId, rearmExpirySignal, type ContractExpiryInput } from './contracts/messages.ts';
