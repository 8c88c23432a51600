export { ProcessDefinitionSchema, type ProcessDefinition } from './definitions/process-definition.entity.ts';
export { ProcessVersionSchema, type ProcessVersion } from './definitions/process-version.entity.ts';
export { deployProcess, modelChecksum, type DeployRequest, type DeployResult } from './definitions/deploy.service.ts';
export { stepNames } from './definitions/step-names.ts';
export {
  deactivateProcess,
  getDefinition,
  timerStartsOf,
  getVersion,
  listDefinitions,
  listVersions,
  setActiveVersion,
  type VersionSummary,
} from './definitions/definitions.service.ts';
export type { CallActivityNode, CompiledNode, CompiledProcess, ModelProblem } from './model/index.ts';
export { ProcessInstanceSchema, type ProcessInstance, type InstanceStatus } from './runtime/process-instance.entity.ts';
export { ProcessEventSchema, type ProcessEvent, type ProcessEventType } from './runtime/process-event.entity.ts';
export { TaskSchema, taskStatuses, type Task, type TaskStatus } from './runtime/task.entity.ts';
export { appendEvents, type NewProcessEvent } from './runtime/events.ts';
export {
  canSee,
  claimTask,
  delegateTask,
  listTasks,
  tasksQuery,
  unclaimTask,
  visibleTask,
  type Actor,
  type InboxQuery,
  type InboxView,
} from './runtime/tasks.service.ts';
export { assertCancellable, instanceDetails, listInstances, seesEveryInstance, type InstanceQuery } from './runtime/instance-list.service.ts';
export { registerInstance, upsertInstance, versionToStart, visibleInstance, type InstanceRow } from './runtime/instances.service.ts';
export { nodeStatistics, sliceUsers, type NodeStatistics, type SliceRequest, type StatisticsSlice } from './statistics/index.ts';
export { inboxRooms, type InboxChange } from './runtime/inbox-rooms.ts';
export { chooseAssignee, type AssignmentRequest } from './runtime/assignment.ts';
export { instancesWaitingFor, messageStarts } from './runtime/message-correlation.service.ts';
export { instanceScope, isOverseer, overseerRoles } from './runtime/instance-scope.ts';
export { instanceHistory, openTasksOf, pickVariables } from './runtime/instance-detail.service.ts';
export { listIncidents, type IncidentQuery, type IncidentRow } from './runtime/incidents.service.ts';
