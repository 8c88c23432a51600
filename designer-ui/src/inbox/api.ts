import { api } from '../api/client';

export const inboxViews = ['mine', 'claimable', 'overdue', 'delegated'] as const;
export type InboxView = (typeof inboxViews)[number];
export type InboxSort = 'due' | 'priority';

export interface InboxLink {
  id: number;
  name: string;
}

export interface InboxItem {
  kind: 'task' | 'contact' | 'reminder';
  id: string;
  title: string;
  due: string | null;
  overdue: boolean;
  priority: number;
  detail: string;
  assigneeId: number | null;
  process: { key: string; name: string; version: number; workflowId: string; nodeId: string } | null;
  client: InboxLink | null;
  deal: InboxLink | null;
}

export interface InboxFilters {
  processKey?: string;
  counterpartyId?: number;
}

export interface Task {
  id: string;
  workflowId: string;
  definitionKey: string;
  versionNumber: number;
  nodeId: string;
  name: string;
  status: 'open' | 'completed' | 'cancelled';
  assigneeId: number | null;
  delegatedBy: number | null;
  candidateGroups: string[];
  priority: number;
  dueAt: string | null;
  form: Record<string, unknown> | null;
  input: Record<string, unknown>;
  record: { type: string; id: string } | null;
  createdAt: string;
  lockVersion: number;
}

export interface Person {
  id: number;
  displayName: string;
  email: string;
}

const query = (params: Record<string, string | number | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  return q.toString();
};

export const listInbox = (view: InboxView, sort: InboxSort, f: InboxFilters) =>
  api.get<{ items: InboxItem[] }>(`/inbox?${query({ view, sort, ...f })}`);
export const inboxCounts = (f: InboxFilters) => api.get<Record<InboxView, number>>(`/inbox/counts?${query({ ...f })}`);
export const listProcesses = () => api.get<{ items: { key: string; name: string }[] }>('/process-definitions');

/** Task ids contain a slash: the API takes them URL-encoded. */
const taskPath = (id: string) => `/tasks/${encodeURIComponent(id)}`;
export const getTask = (id: string) => api.get<Task>(taskPath(id));
export const claimTask = (id: string) => api.post<Task>(`${taskPath(id)}/claim`);
export const unclaimTask = (id: string) => api.post<Task>(`${taskPath(id)}/unclaim`);
export const delegateTask = (id: string, userId: number) => api.post<Task>(`${taskPath(id)}/delegate`, { userId });
export const completeTask = (id: string, variables: Record<string, unknown>) => api.post<{ taskId: string; completedAt: string }>(`${taskPath(id)}/complete`, { variables });
export const findDelegates = (q: string) => api.get<{ items: Person[] }>(`/inbox/delegates?${query({ q })}`);
export const processXml = async (key: string, version: number): Promise<string> => {
  const res = await fetch(`/api/v1/process-definitions/${encodeURIComponent(key)}/versions/${version}/xml`, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
};

/** Where an item opens: a task in the task view, a contact or reminder on its client's card. */
export const taskUrl = (taskId: string) => `/inbox/tasks/${taskId}`;
