import { api, newIdempotencyKey } from '../api/client';
import type { ApiBody } from '../api/types';
import type { Invoice, Payment } from './related';

export type NewInvoice = ApiBody<'/api/v1/invoices'>;
export type NewPayment = ApiBody<'/api/v1/payments'>;

const etagOf = (version: number) => `W/"${version}"`;

export const invoicesApi = {
  create: (input: NewInvoice, idempotencyKey = newIdempotencyKey()) => api.post<Invoice>('/invoices', input, { idempotencyKey }),
  /** Issuing gives the number (INV-2026-00001) and the due date; sent with the version it was read at. */
  issue: (invoice: Pick<Invoice, 'id' | 'version'>) => api.post<Invoice>(`/invoices/${invoice.id}/issue`, undefined, { ifMatch: etagOf(invoice.version) }),
  pay: (input: NewPayment, idempotencyKey = newIdempotencyKey()) => api.post<Payment>('/payments', input, { idempotencyKey }),
};

/** Invoices still waiting for money: a payment can be recorded against them. */
export const awaitsPayment = (invoice: Pick<Invoice, 'status'>) => ['issued', 'partially_paid', 'overdue'].includes(invoice.status);
