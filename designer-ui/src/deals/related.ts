import { api } from '../api/client';
import type { ApiResponse, Schema } from '../api/types';

export type ProcessState = Schema<'ProcessInstance'>;

export type SalesDocument = Schema<'SalesDocument'>;

export type Invoice = Schema<'Invoice'>;

export type Payment = Schema<'Payment'>;

/** What hangs on a deal: its process instance, documents, invoices and their payments. */
export async function dealRelated(dealId: number, workflowId: string | null) {
  const record = `recordType=deal&recordId=${dealId}`;
  const [process, documents, invoices] = await Promise.all([
    workflowId ? api.get<ProcessState>(`/process-instances/${encodeURIComponent(workflowId)}`).catch(() => null) : Promise.resolve(null),
    api.get<ApiResponse<'/api/v1/documents'>>(`/documents?${record}&limit=100`),
    api.get<ApiResponse<'/api/v1/invoices'>>(`/invoices?${record}&limit=100`),
  ]);
  const payments = await Promise.all(invoices.items.map((i) => api.get<ApiResponse<'/api/v1/invoices/{id}/payments'>>(`/invoices/${i.id}/payments`)));
  return { process, documents: documents.items, invoices: invoices.items.map((invoice, n) => ({ invoice, payments: payments[n]!.items })) };
}
