export { inboxCounts, listInbox } from './inbox.service.ts';
export { inboxKinds, inboxViews, type InboxFilter, type InboxItem, type InboxKind, type InboxView } from './inbox.types.ts';
export { delegateCandidates } from './people.ts';
