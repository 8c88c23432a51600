// Everything exported here is registered as a workflow type on the worker.
export { roundTripWorkflow } from './round-trip.workflow.ts';
