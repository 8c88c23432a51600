import { api, ApiError } from '../api/client';
import type { ApiResponse, Schema } from '../api/types';

export const instanceStates = ['active', 'incident', 'completed', 'terminated', 'cancelled'] as const satisfies readonly InstanceSummary['status'][];
export type InstanceState = (typeof instanceStates)[number];

export type InstanceSummary = Schema<'ProcessInstanceSummary'>;

export type InstanceDetail = Schema<'ProcessInstance'>;
export type HistoryEvent = InstanceDetail['history'][number];

export interface InstanceFilter {
  key?: string;
  version?: number;
  state: InstanceState[];
  record?: string;
  assignee?: number;
}

export type ProcessDefinition = Schema<'ProcessDefinition'>;

/** One page of instances, newest first; pass nextCursor back for the next page. */
export function listInstances(filter: InstanceFilter, cursor?: string) {
  const query = instanceQuery(filter);
  if (cursor) query.set('cursor', cursor);
  return api.get<ApiResponse<'/api/v1/process-instances'>>(`/process-instances?${query}`);
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

export const listDefinitions = () => api.get<ApiResponse<'/api/v1/process-definitions'>>('/process-definitions');

/** The BPMN XML a version was deployed with (the API answers XML, not JSON). */
export async function versionXml(key: string, version: number): Promise<string> {
  const response = await fetch(`/api/v1/process-definitions/${encodeURIComponent(key)}/versions/${version}/xml`, { credentials: 'same-origin' });
  if (!response.ok) throw new ApiError({ status: response.status, code: response.status === 404 ? 'not_found' : 'http_error', title: `HTTP ${response.status}` });
  return response.text();
}

export const getDefinition = (key: string) =>
  api.get<ApiResponse<'/api/v1/process-definitions/{key}'>>(`/process-definitions/${encodeURIComponent(key)}`);
