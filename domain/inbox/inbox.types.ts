/** The inbox views: what is mine, what my groups may claim, what is late, what I handed on. */
export const inboxViews = ['mine', 'claimable', 'overdue', 'delegated'] as const;
export type InboxView = (typeof inboxViews)[number];

export const inboxKinds = ['task', 'contact', 'reminder'] as const;
export type InboxKind = (typeof inboxKinds)[number];

export interface InboxFilter {
  view: InboxView;
  /** Only tasks of this process (contacts and reminders belong to no process). */
  processKey?: string;
  counterpartyId?: number;
  sort: 'due' | 'priority';
  limit: number;
}

export interface InboxLink {
  id: number;
  name: string;
}

/** One thing to do, whatever its source: a process task, a planned contact or a reminder. */
export interface InboxItem {
  kind: InboxKind;
  /** Task id (`<workflowId>/t<n>`), interaction id or reminder id, as text. */
  id: string;
  title: string;
  due: Date | null;
  overdue: boolean;
  /** 0..100; contacts and reminders count as the default 50. */
  priority: number;
  /** Task: open and assigned, open and claimable, or delegated; contact: its kind (call, meeting...). */
  detail: string;
  assigneeId: number | null;
  process: { key: string; name: string; version: number; workflowId: string; nodeId: string } | null;
  client: InboxLink | null;
  deal: InboxLink | null;
}

export const DEFAULT_PRIORITY = 50;
