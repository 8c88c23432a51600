import { API_BASE, api, newIdempotencyKey } from '../api/client';
import type { ApiBody, ApiResponse } from '../api/types';
import type { BulkAction, Contact, Counterparty, Dossier, ListFilter } from './types';

/** The query string of a list filter; empty values are left out so the server applies no filter. */
export function listQuery(filter: ListFilter, cursor?: string | null, limit = 50): string {
  const params = new URLSearchParams({ sort: filter.sort, limit: String(limit) });
  if (filter.q?.trim()) params.set('q', filter.q.trim());
  if (filter.status?.length) params.set('status', filter.status.join(','));
  if (filter.tags?.length) params.set('tags', filter.tags.join(','));
  if (filter.industry?.trim()) params.set('industry', filter.industry.trim());
  if (filter.region?.trim()) params.set('region', filter.region.trim());
  if (filter.responsibleId) params.set('responsibleId', String(filter.responsibleId));
  if (filter.abcClass?.length) params.set('abcClass', filter.abcClass.join(','));
  if (filter.xyzClass?.length) params.set('xyzClass', filter.xyzClass.join(','));
  if (cursor) params.set('cursor', cursor);
  return params.toString();
}

/** The clients of a filter, or the members of a saved segment. */
function listPath(filter: ListFilter, cursor?: string | null, limit = 50): string {
  if (!filter.segmentId) return `/counterparties?${listQuery(filter, cursor, limit)}`;
  const params = new URLSearchParams({ sort: filter.sort, limit: String(limit) });
  if (cursor) params.set('cursor', cursor);
  return `/segments/${filter.segmentId}/members?${params.toString()}`;
}

/** Where the browser downloads the list as XLSX (the session cookie authorises it). */
export function exportHref(filter: ListFilter): string {
  if (filter.segmentId) return `${API_BASE}/segments/${filter.segmentId}/export`;
  const params = new URLSearchParams(listQuery(filter));
  params.delete('sort');
  params.delete('limit');
  return `${API_BASE}/counterparties/export?${params.toString()}`;
}

export type CounterpartyInput = ApiBody<'/api/v1/counterparties/{id}', 'patch'>;
export type ContactInput = ApiBody<'/api/v1/contacts/{id}', 'patch'>;

const etagOf = (version: number) => `W/"${version}"`;

export const clientsApi = {
  list: (filter: ListFilter, cursor?: string | null, signal?: AbortSignal) =>
    api.get<ApiResponse<'/api/v1/counterparties'>>(listPath(filter, cursor), { signal }),
  create: (input: CounterpartyInput, idempotencyKey = newIdempotencyKey()) => api.post<Counterparty>('/counterparties', input, { idempotencyKey }),
  /** Sends only the changed fields with the version the user read; 412 carries the current record. */
  update: (id: number, version: number, patch: CounterpartyInput) => api.patch<Counterparty>(`/counterparties/${id}`, patch, { ifMatch: etagOf(version) }),
  dossier: (id: number, signal?: AbortSignal) => api.get<Dossier>(`/counterparties/${id}/dossier`, { signal }),
  history: (id: number, signal?: AbortSignal) => api.get<ApiResponse<'/api/v1/counterparties/{id}/history'>>(`/counterparties/${id}/history`, { signal }),
  bulk: (ids: number[], action: BulkAction) => api.post<ApiResponse<'/api/v1/counterparties/bulk', 'post'>>('/counterparties/bulk', { ids, action }),
  addContact: (counterpartyId: number, input: ContactInput, idempotencyKey = newIdempotencyKey()) =>
    api.post<Contact>(`/counterparties/${counterpartyId}/contacts`, input, { idempotencyKey }),
  updateContact: (contact: Contact, patch: ContactInput) => api.patch<Contact>(`/contacts/${contact.id}`, patch, { ifMatch: etagOf(contact.lockVersion) }),
};
