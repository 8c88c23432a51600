/** Workflow type names and messages the API uses; the API never imports workflow code itself. */
export const workflowTypes = {
  roundTrip: 'roundTripWorkflow',
  process: 'processWorkflow',
} as const;
export type { RoundTripInput } from './round-trip.workflow.ts';
export type { ProcessInput, ProcessResult } from './process/types.ts';
export {
  completeTaskUpdate,
  messageSignal,
  retryIncidentSignal,
  stateQuery,
  type CompleteTaskRequest,
  type InstanceState,
  type MessageDelivery,
} from './process/messages.ts';
