import { api, newIdempotencyKey } from '../api/client';
import type { ApiBody, ApiResponse, Schema } from '../api/types';

/** Shapes and calls of the shipments, contracts and plans API (see /api/v1/openapi.json). */

export const shipmentStates = ['planned', 'shipped', 'cancelled'] as const;
export type ShipmentState = (typeof shipmentStates)[number];

export type Shipment = Schema<'Shipment'>;
export type ShipmentLine = Shipment['lines'][number];

export interface ShipmentFilter {
  state?: ShipmentState;
  overdue?: boolean;
  dealId?: number;
  counterpartyId?: number;
}

export type Contract = Schema<'Contract'>;

/** What the contract form sends: any of the fields a new contract takes (a change sends only the edited ones). */
export type ContractInput = Partial<ApiBody<'/api/v1/contracts'>>;

export type Product = Schema<'Product'>;

export type SalesDocument = Schema<'SalesDocument'>;

export type Targets = Pick<ApiBody<'/api/v1/sales/plans'>, 'currency' | 'amountWon' | 'dealsWon' | 'interactionsDone'>;

export type PlanTarget = Schema<'PlanTarget'>;

export type PerformanceRow = Schema<'PerformanceRow'>;

export type Performance = Schema<'SalesPerformance'>;

const etagOf = (version: number) => `W/"${version}"`;

function query(params: Record<string, string | number | boolean | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  return q.toString();
}

export const shipmentsApi = {
  list: (f: ShipmentFilter, after?: string | null) =>
    api.get<ApiResponse<'/api/v1/shipments'>>(`/shipments?${query({ limit: 100, state: f.state, overdue: f.overdue ? 'true' : undefined, dealId: f.dealId, counterpartyId: f.counterpartyId, after: after ?? undefined })}`),
  create: (body: ApiBody<'/api/v1/shipments'>, idempotencyKey = newIdempotencyKey()) =>
    api.post<Shipment>('/shipments', body, { idempotencyKey }),
  replan: (s: Shipment, plannedAt: string) => api.patch<Shipment>(`/shipments/${s.id}`, { plannedAt }, { ifMatch: etagOf(s.version) }),
  ship: (s: Shipment, shippedOn: string) => api.post<Shipment>(`/shipments/${s.id}/ship`, { shippedOn }, { ifMatch: etagOf(s.version) }),
  cancel: (s: Shipment) => api.post<Shipment>(`/shipments/${s.id}/cancel`, {}, { ifMatch: etagOf(s.version) }),
};

export const contractsApi = {
  list: (f: { dealId?: number; counterpartyId?: number }, after?: string | null) =>
    api.get<ApiResponse<'/api/v1/contracts'>>(`/contracts?${query({ limit: 100, dealId: f.dealId, counterpartyId: f.counterpartyId, after: after ?? undefined })}`),
  get: (id: number) => api.get<Contract>(`/contracts/${id}`),
  create: (body: ContractInput, idempotencyKey = newIdempotencyKey()) => api.post<Contract>('/contracts', body, { idempotencyKey }),
  /** Sends the version the user read; a 412 answer carries the current contract. */
  update: (c: Contract, patch: ContractInput) => api.patch<Contract>(`/contracts/${c.id}`, patch, { ifMatch: etagOf(c.version) }),
};

export const catalogueApi = {
  products: (q: string) => api.get<ApiResponse<'/api/v1/products'>>(`/products?${query({ limit: 50, q })}`),
  product: (id: number) => api.get<Product>(`/products/${id}`),
  /** Generated contract documents of a deal, to link a contract to. */
  contractDocuments: (dealId: number) => api.get<ApiResponse<'/api/v1/documents'>>(`/documents?${query({ recordType: 'deal', recordId: dealId, docType: 'contract', limit: 100 })}`),
  document: (id: number) => api.get<SalesDocument>(`/documents/${id}`),
};

export const plansApi = {
  performance: (period: string) => api.get<Performance>(`/sales/performance?${query({ period })}`),
  create: (userId: number, period: string, t: Targets) => api.post<Schema<'SalesPlan'>>('/sales/plans', { userId, period, ...t }),
  update: (id: number, version: number, t: Targets) => api.patch<Schema<'SalesPlan'>>(`/sales/plans/${id}`, t, { ifMatch: etagOf(version) }),
};
