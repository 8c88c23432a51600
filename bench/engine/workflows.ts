// The worker's workflows plus the benchmark's hand-written yardstick.
export * from '../../workflows/index.ts';
export { handwrittenThreeTasks } from './handwritten.workflow.ts';
