import { api, newIdempotencyKey } from '../api/client';

/** Shapes and calls of the shipments, contracts and plans API (see /api/v1/openapi.json). */

export const shipmentStates = ['planned', 'shipped', 'cancelled'] as const;
export type ShipmentState = (typeof shipmentStates)[number];

export interface ShipmentLine {
  productId: number;
  qty: number;
}

export interface Shipment {
  id: number;
  dealId: number | null;
  invoiceId: number | null;
  counterpartyId: number | null;
  responsibleId: number;
  lines: ShipmentLine[];
  plannedAt: string;
  shippedOn: string | null;
  state: ShipmentState;
  overdue: boolean;
  notes: string | null;
  version: number;
}

export interface ShipmentFilter {
  state?: ShipmentState;
  overdue?: boolean;
  dealId?: number;
  counterpartyId?: number;
}

export interface Contract {
  id: number;
  number: string;
  subject: string | null;
  dealId: number | null;
  counterpartyId: number;
  documentId: number | null;
  validFrom: string;
  validTo: string | null;
  remindDaysBefore: number;
  remindAt: string | null;
  responsibleId: number;
  active: boolean;
  version: number;
}

export interface ContractInput {
  number?: string;
  subject?: string | null;
  dealId?: number;
  counterpartyId?: number;
  documentId?: number | null;
  validFrom?: string;
  validTo?: string | null;
  remindDaysBefore?: number;
}

export interface Product {
  id: number;
  sku: string;
  name: string;
  unit: string;
}

export interface SalesDocument {
  id: number;
  docType: string;
  number: string;
  downloads: { docx: string; pdf: string };
}

export interface Targets {
  currency: string;
  amountWon: number;
  dealsWon: number;
  interactionsDone: number;
}

export interface PlanTarget {
  source: 'month' | 'quarter' | 'months';
  id: number | null;
  version: number | null;
  months: string[];
  currency: string | null;
  amountWon: number | null;
  amounts: { currency: string; amount: number }[];
  dealsWon: number;
  interactionsDone: number;
}

type Figure = 'amountWon' | 'dealsWon' | 'interactionsDone';

export interface PerformanceRow {
  userId: number;
  displayName: string | null;
  teamId: number | null;
  canPlan: boolean;
  plan: PlanTarget | null;
  actual: { amountWon: number | null; dealsWon: number; interactionsDone: number; wonAmounts: { currency: string; amount: number }[] };
  completionPercent: Record<Figure, number | null> | null;
}

export interface Performance {
  period: string;
  kind: 'month' | 'quarter';
  items: PerformanceRow[];
}

type Page<T> = { items: T[]; nextCursor: string | null };
const etagOf = (version: number) => `W/"${version}"`;

function query(params: Record<string, string | number | boolean | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  return q.toString();
}

export const shipmentsApi = {
  list: (f: ShipmentFilter, after?: string | null) =>
    api.get<Page<Shipment>>(`/shipments?${query({ limit: 100, state: f.state, overdue: f.overdue ? 'true' : undefined, dealId: f.dealId, counterpartyId: f.counterpartyId, after: after ?? undefined })}`),
  create: (body: { dealId: number; lines: ShipmentLine[]; plannedAt: string; notes?: string | null }, idempotencyKey = newIdempotencyKey()) =>
    api.post<Shipment>('/shipments', body, { idempotencyKey }),
  replan: (s: Shipment, plannedAt: string) => api.patch<Shipment>(`/shipments/${s.id}`, { plannedAt }, { ifMatch: etagOf(s.version) }),
  ship: (s: Shipment, shippedOn: string) => api.post<Shipment>(`/shipments/${s.id}/ship`, { shippedOn }, { ifMatch: etagOf(s.version) }),
  cancel: (s: Shipment) => api.post<Shipment>(`/shipments/${s.id}/cancel`, {}, { ifMatch: etagOf(s.version) }),
};

export const contractsApi = {
  list: (f: { dealId?: number; counterpartyId?: number }, after?: string | null) =>
    api.get<Page<Contract>>(`/contracts?${query({ limit: 100, dealId: f.dealId, counterpartyId: f.counterpartyId, after: after ?? undefined })}`),
  create: (body: ContractInput, idempotencyKey = newIdempotencyKey()) => api.post<Contract>('/contracts', body, { idempotencyKey }),
  /** Sends the version the user read; a 412 answer carries the current contract. */
  update: (c: Contract, patch: ContractInput) => api.patch<Contract>(`/contracts/${c.id}`, patch, { ifMatch: etagOf(c.version) }),
};

export const catalogueApi = {
  products: (q: string) => api.get<Page<Product>>(`/products?${query({ limit: 50, q })}`),
  product: (id: number) => api.get<Product>(`/products/${id}`),
  /** Generated contract documents of a deal, to link a contract to. */
  contractDocuments: (dealId: number) => api.get<Page<SalesDocument>>(`/documents?${query({ recordType: 'deal', recordId: dealId, docType: 'contract', limit: 100 })}`),
  document: (id: number) => api.get<SalesDocument>(`/documents/${id}`),
};

export const plansApi = {
  performance: (period: string) => api.get<Performance>(`/sales/performance?${query({ period })}`),
  create: (userId: number, period: string, t: Targets) => api.post<{ id: number; version: number }>('/sales/plans', { userId, period, ...t }),
  update: (id: number, version: number, t: Targets) => api.patch<{ id: number; version: number }>(`/sales/plans/${id}`, t, { ifMatch: etagOf(version) }),
};
