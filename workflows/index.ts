// Everything exported here is registered as a workflow type on the worker.
export { roundTripWorkflow } from './round-trip.workflow.ts';
export { processWorkflow } from './process/process.workflow.ts';
export { reminderWorkflow } from './reminders/reminder.workflow.ts';
export { contractExpiryWorkflow } from './contracts/contract-expiry.workflow.ts';
