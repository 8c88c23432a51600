/** Workflow type names the API starts; kept apart so the API never imports workflow code. */
export const workflowTypes = {
  roundTrip: 'roundTripWorkflow',
} as const;
export type { RoundTripInput } from './round-trip.workflow.ts';
