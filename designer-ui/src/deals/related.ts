import { api } from '../api/client';

export interface ProcessState {
  status: string;
  stage?: string | null;
  openTasks: { id: string; name: string; assigneeId: number | null; candidateGroups: string[]; dueAt: string | null }[];
  incidents?: { id: string; nodeId: string; message: string }[];
}

export interface SalesDocument {
  id: number;
  docType: string;
  number: string;
  hasPdf: boolean;
  createdAt: string;
  downloads: { docx: string; pdf: string };
}

export interface Invoice {
  id: number;
  number: string | null;
  status: string;
  currency: string;
  dueDate: string | null;
  total: number;
  paidTotal: number;
  outstanding: number;
}

export interface Payment {
  id: number;
  amount: number;
  currency: string;
  paidOn: string;
}

/** What hangs on a deal: its process instance, documents, invoices and their payments. */
export async function dealRelated(dealId: number, workflowId: string | null) {
  const record = `recordType=deal&recordId=${dealId}`;
  const [process, documents, invoices] = await Promise.all([
    workflowId ? api.get<ProcessState>(`/process-instances/${encodeURIComponent(workflowId)}`).catch(() => null) : Promise.resolve(null),
    api.get<{ items: SalesDocument[] }>(`/documents?${record}&limit=100`),
    api.get<{ items: Invoice[] }>(`/invoices?${record}&limit=100`),
  ]);
  const payments = await Promise.all(invoices.items.map((i) => api.get<{ items: Payment[] }>(`/invoices/${i.id}/payments`)));
  return { process, documents: documents.items, invoices: invoices.items.map((invoice, n) => ({ invoice, payments: payments[n]!.items })) };
}
