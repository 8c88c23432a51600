/** Shapes of the clients API answers (see /api/v1/openapi.json, tag `clients`). */

export const statuses = ['lead', 'prospect', 'client', 'former'] as const;
export const kinds = ['company', 'person'] as const;
export const sizes = ['micro', 'small', 'medium', 'large', 'enterprise'] as const;
export const sortKeys = ['name', '-name', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'] as const;
export const decisionRoles = ['decision_maker', 'influencer', 'user', 'gatekeeper'] as const;
export const relationKinds = ['parent_company', 'partner', 'competitor', 'supplier', 'influences'] as const;

export type Status = (typeof statuses)[number];
export type SortKey = (typeof sortKeys)[number];

export interface Completeness {
  score: number;
  missingRequired: string[];
  missingDesirable: string[];
}

export interface Counterparty {
  id: number;
  kind: (typeof kinds)[number];
  name: string;
  legalName: string | null;
  relationships: string[];
  taxId: string | null;
  taxIdKind: string | null;
  addresses: { kind?: string; text: string; country?: string }[];
  phones: { number: string; label?: string }[];
  emails: { address: string; label?: string }[];
  messengers: { kind: string; handle: string }[];
  website: string | null;
  industry: string | null;
  region: string | null;
  size: (typeof sizes)[number] | null;
  status: Status;
  source: string | null;
  tags: string[];
  responsibleId: number | null;
  teamId: number | null;
  createdAt: string;
  updatedAt: string;
  lockVersion: number;
  completeness?: Completeness;
}

export interface Contact {
  id: number;
  counterpartyId: number;
  fullName: string;
  position: string | null;
  decisionRole: string | null;
  phones: { number: string; label?: string }[];
  emails: { address: string; label?: string }[];
  birthday: string | null;
  note: string | null;
  lockVersion: number;
}

export interface Relation {
  id: number;
  kind: (typeof relationKinds)[number];
  direction: 'outgoing' | 'incoming';
  other: { type: 'counterparty' | 'contact'; id: number; name: string | null };
  note: string | null;
  createdAt: string;
}

export interface TimelineEntry {
  source: string;
  id: string;
  at: string;
  title: string;
  actorId: number | null;
  data: Record<string, unknown>;
}

export interface Dossier {
  counterparty: Counterparty;
  contacts: Contact[];
  relations: Relation[];
  timeline: TimelineEntry[];
}

export interface Change {
  id: number;
  recordType: string;
  recordId: number;
  action: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
  actorId: number | null;
  /** The process instance that made the change (actorId is then null). */
  workflowId?: string | null;
  changedAt: string;
}

export interface ListFilter {
  /** A saved segment: the list shows its members (within reach) instead of the other filters. */
  segmentId?: number;
  q?: string;
  status?: Status[];
  industry?: string;
  region?: string;
  responsibleId?: number;
  tags?: string[];
  sort: SortKey;
}

export type BulkAction =
  | { type: 'assign'; responsibleId: number }
  | { type: 'addTag'; tag: string }
  | { type: 'setStatus'; status: Status };
