import { api, newIdempotencyKey } from '../api/client';
import type { ApiBody, ApiResponse, Schema } from '../api/types';

export type Lead = Schema<'Lead'>;
export type LeadInput = ApiBody<'/api/v1/leads'>;
export type QualifyInput = ApiBody<'/api/v1/leads/{id}/qualify'>;
export type Qualified = ApiResponse<'/api/v1/leads/{id}/qualify', 'post'>;

export const leadStatuses = ['new', 'qualified', 'rejected'] as const;
export type LeadStatus = (typeof leadStatuses)[number];

const etagOf = (version: number) => `W/"${version}"`;

export const leadsApi = {
  /** The leads of one status within the reader's reach, oldest first (the order they came in). */
  list: (status: LeadStatus) => api.get<ApiResponse<'/api/v1/leads'>>(`/leads?status=${status}&limit=200`),
  create: (input: LeadInput, idempotencyKey = newIdempotencyKey()) => api.post<Lead>('/leads', input, { idempotencyKey }),
  reject: (lead: Lead, reason: string) => api.post<Lead>(`/leads/${lead.id}/reject`, { reason }, { ifMatch: etagOf(lead.version) }),
  qualify: (lead: Lead, input: QualifyInput) => api.post<Qualified>(`/leads/${lead.id}/qualify`, input),
};

/** Who may take a lead further (the API's salesWriters); marketers and analysts only read. */
export const leadWriters = ['admin', 'head_of_sales', 'sales_manager'];
export const leadReaders = [...leadWriters, 'marketer', 'analyst'];

/** What a lead is called in a list: the company, else the person. */
export const leadName = (lead: Pick<Lead, 'companyName' | 'contactName'>): string => lead.companyName ?? lead.contactName ?? '—';
