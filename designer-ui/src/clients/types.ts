import type { ApiBody, Schema } from '../api/types';

/** Shapes of the clients API answers (see /api/v1/openapi.json, tag `clients`). */

export const statuses = ['lead', 'prospect', 'client', 'former'] as const satisfies readonly Counterparty['status'][];
export const kinds = ['company', 'person'] as const satisfies readonly Counterparty['kind'][];
export const sizes = ['micro', 'small', 'medium', 'large', 'enterprise'] as const satisfies readonly NonNullable<Counterparty['size']>[];
export const sortKeys = ['name', '-name', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'] as const;
export const decisionRoles = ['decision_maker', 'influencer', 'user', 'gatekeeper'] as const;
export const relationKinds = ['parent_company', 'partner', 'competitor', 'supplier', 'influences'] as const satisfies readonly Relation['kind'][];

export type Status = (typeof statuses)[number];
export type SortKey = (typeof sortKeys)[number];

export type Counterparty = Schema<'Counterparty'>;
export type Completeness = NonNullable<Counterparty['completeness']>;

export type Contact = Schema<'ContactPerson'>;

export type Relation = Schema<'Relation'>;

export type TimelineEntry = Schema<'TimelineEntry'>;

export type Dossier = Schema<'Dossier'>;

export type Change = Schema<'ClientChange'>;

export interface ListFilter {
  /** A saved segment: the list shows its members (within reach) instead of the other filters. */
  segmentId?: number;
  q?: string;
  status?: Status[];
  industry?: string;
  region?: string;
  responsibleId?: number;
  tags?: string[];
  /** Stored ABC and XYZ classes (the last recalculation). */
  abcClass?: string[];
  xyzClass?: string[];
  sort: SortKey;
}

export type BulkAction = ApiBody<'/api/v1/counterparties/bulk'>['action'];
