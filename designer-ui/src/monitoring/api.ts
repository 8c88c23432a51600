import { api, ApiError } from '../api/client';

export const instanceStates = ['active', 'incident', 'completed', 'terminated', 'cancelled'] as const;
export type InstanceState = (typeof instanceStates)[number];

export interface InstanceSummary {
  workflowId: string;
  definitionKey: string;
  versionNumber: number;
  status: InstanceState;
  currentNodes: string[];
  stage: string | null;
  record: { type: string; id: string } | null;
  startedBy: number | null;
  startedAt: string;
  endedAt: string | null;
}

export interface HistoryEvent {
  type: string;
  nodeId: string | null;
  taskId: string | null;
  actorId: number | null;
  data: Record<string, unknown> | null;
  occurredAt: string;
}

export interface InstanceDetail extends Omit<InstanceSummary, 'status'> {
  status: string;
  variables: Record<string, unknown>;
  incidents?: { id: string; nodeId: string; message: string }[];
  openTasks: { id: string; nodeId: string; name: string; assigneeId: number | null; candidateGroups: string[]; dueAt: string | null }[];
  history: HistoryEvent[];
  parentWorkflowId: string | null;
  children: { workflowId: string; definitionKey: string; versionNumber: number; status: string }[];
}

export interface InstanceFilter {
  key?: string;
  version?: number;
  state: InstanceState[];
  record?: string;
  assignee?: number;
}

export interface ProcessDefinition {
  key: string;
  name: string;
  activeVersion: number | null;
  latestVersion: number;
}

/** One page of instances, newest first; pass nextCursor back for the next page. */
export function listInstances(filter: InstanceFilter, cursor?: string) {
  const query = instanceQuery(filter);
  if (cursor) query.set('cursor', cursor);
  return api.get<{ items: InstanceSummary[]; nextCursor: string | null }>(`/process-instances?${query}`);
}

/** The list's filter as query parameters; the XLSX export sends the same. */
export function instanceQuery(filter: InstanceFilter): URLSearchParams {
  const query = new URLSearchParams({ limit: '25' });
  if (filter.key) query.set('key', filter.key);
  if (filter.version) query.set('version', String(filter.version));
  if (filter.state.length) query.set('state', filter.state.join(','));
  if (filter.record) query.set('record', filter.record);
  if (filter.assignee) query.set('assignee', String(filter.assignee));
  return query;
}

const instancePath = (workflowId: string) => `/process-instances/${encodeURIComponent(workflowId)}`;

export const getInstance = (workflowId: string) => api.get<InstanceDetail>(instancePath(workflowId));
/** Cancel and retry answer 202 with no body: the engine acts a moment later. */
async function postAccepted(path: string, body?: unknown): Promise<void> {
  await api.post(path, body);
}

export const cancelInstance = (workflowId: string, reason: string) => postAccepted(`${instancePath(workflowId)}/cancel`, { reason });
export const retryIncident = (workflowId: string, incidentId: string) => postAccepted(`${instancePath(workflowId)}/incidents/${encodeURIComponent(incidentId)}/retry`);

export const listDefinitions = () => api.get<{ items: ProcessDefinition[] }>('/process-definitions');

/** The BPMN XML a version was deployed with (the API answers XML, not JSON). */
export async function versionXml(key: string, version: number): Promise<string> {
  const response = await fetch(`/api/v1/process-definitions/${encodeURIComponent(key)}/versions/${version}/xml`, { credentials: 'same-origin' });
  if (!response.ok) throw new ApiError({ status: response.status, code: response.status === 404 ? 'not_found' : 'http_error', title: `HTTP ${response.status}` });
  return response.text();
}

export const getDefinition = (key: string) =>
  api.get<ProcessDefinition & { versions: { number: number; active: boolean }[] }>(`/process-definitions/${encodeURIComponent(key)}`);
