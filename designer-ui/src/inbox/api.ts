import { api } from '../api/client';
import type { ApiResponse, Schema } from '../api/types';

export const inboxViews = ['mine', 'claimable', 'overdue', 'delegated'] as const;
export type InboxView = (typeof inboxViews)[number];
export type InboxSort = 'due' | 'priority';

export type InboxItem = Schema<'InboxItem'>;
export type InboxLink = NonNullable<InboxItem['client']>;

export interface InboxFilters {
  processKey?: string;
  counterpartyId?: number;
}

export type Task = Schema<'Task'>;

export type Person = ApiResponse<'/api/v1/inbox/delegates'>['items'][number];

const query = (params: Record<string, string | number | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  return q.toString();
};

export const listInbox = (view: InboxView, sort: InboxSort, f: InboxFilters) =>
  api.get<ApiResponse<'/api/v1/inbox'>>(`/inbox?${query({ view, sort, ...f })}`);
export const inboxCounts = (f: InboxFilters) => api.get<Schema<'InboxCounts'>>(`/inbox/counts?${query({ ...f })}`);
export const listProcesses = () => api.get<ApiResponse<'/api/v1/process-definitions'>>('/process-definitions');

/** Task ids contain a slash: the API takes them URL-encoded. */
const taskPath = (id: string) => `/tasks/${encodeURIComponent(id)}`;
export const getTask = (id: string) => api.get<Task>(taskPath(id));
export const claimTask = (id: string) => api.post<Task>(`${taskPath(id)}/claim`);
export const unclaimTask = (id: string) => api.post<Task>(`${taskPath(id)}/unclaim`);
export const delegateTask = (id: string, userId: number) => api.post<Task>(`${taskPath(id)}/delegate`, { userId });
export const completeTask = (id: string, variables: Record<string, unknown>) => api.post<ApiResponse<'/api/v1/tasks/{taskId}/complete', 'post'>>(`${taskPath(id)}/complete`, { variables });
export const findDelegates = (q: string) => api.get<ApiResponse<'/api/v1/inbox/delegates'>>(`/inbox/delegates?${query({ q })}`);
export const processXml = async (key: string, version: number): Promise<string> => {
  const res = await fetch(`/api/v1/process-definitions/${encodeURIComponent(key)}/versions/${version}/xml`, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
};

/** Where an item opens: a task in the task view, a contact or reminder on its client's card. */
export const taskUrl = (taskId: string) => `/inbox/tasks/${taskId}`;
