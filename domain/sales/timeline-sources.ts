import type { EntityManager } from '@mikro-orm/postgresql';
import { registerTimelineSource, type TimelineEntry } from '../clients/index.ts';
import { DealSchema } from './deals/deal.entity.ts';
import { DocumentSchema } from './documents.entities.ts';
import { InvoiceSchema } from './invoicing.entities.ts';
import { ShipmentSchema } from './shipments/shipment.entity.ts';
import { ContractSchema } from './contracts/contract.entity.ts';

/** The client's deals, with where they stand now. */
async function deals(em: EntityManager, _a: unknown, counterpartyId: number, limit: number): Promise<TimelineEntry[]> {
  const rows = await em.find(DealSchema, { counterpartyId }, { orderBy: { createdAt: 'desc' }, limit });
  return rows.map((d) => ({
    source: 'deal', id: `deal:${d.id}`, at: d.closedAt ?? d.createdAt, title: `Deal ${d.title} (${d.stage ?? 'starting'}, ${d.status})`, actorId: d.responsibleId ?? null,
    data: { dealId: d.id, title: d.title, stage: d.stage, status: d.status, amount: Number(d.amount), currency: d.currency, lostReason: d.lostReason },
  }));
}

/** Proposals, contracts, invoices and acts generated for the client. */
async function documents(em: EntityManager, _a: unknown, counterpartyId: number, limit: number): Promise<TimelineEntry[]> {
  const rows = await em.find(DocumentSchema, { counterpartyId }, { orderBy: { createdAt: 'desc' }, limit });
  return rows.map((d) => ({
    source: 'document', id: `document:${d.id}`, at: d.createdAt, title: `${d.docType.replace('_', ' ')} ${d.number}`, actorId: d.createdBy ?? null,
    data: { documentId: d.id, docType: d.docType, number: d.number, recordType: d.recordType, recordId: d.recordId },
  }));
}

async function invoices(em: EntityManager, _a: unknown, counterpartyId: number, limit: number): Promise<TimelineEntry[]> {
  const rows = await em.find(InvoiceSchema, { counterpartyId, status: { $ne: 'draft' } }, { orderBy: { createdAt: 'desc' }, limit });
  return rows.map((i) => ({
    source: 'invoice', id: `invoice:${i.id}`, at: i.updatedAt, title: `Invoice ${i.number} (${i.status})`, actorId: i.createdBy,
    data: { invoiceId: i.id, number: i.number, status: i.status, total: Number(i.total), paidTotal: Number(i.paidTotal), currency: i.currency },
  }));
}

/** Shipments: when planned, shipped or cancelled (the latest change is its moment). */
async function shipments(em: EntityManager, _a: unknown, counterpartyId: number, limit: number): Promise<TimelineEntry[]> {
  const rows = await em.find(ShipmentSchema, { counterpartyId }, { orderBy: { updatedAt: 'desc' }, limit });
  return rows.map((s) => ({
    source: 'shipment', id: `shipment:${s.id}`, at: s.updatedAt, title: `Shipment #${s.id} (${s.state})`, actorId: s.responsibleId,
    data: { shipmentId: s.id, dealId: s.dealId, state: s.state, plannedAt: s.plannedAt.toISOString(), shippedOn: s.shippedOn, lines: s.lines },
  }));
}

async function contracts(em: EntityManager, _a: unknown, counterpartyId: number, limit: number): Promise<TimelineEntry[]> {
  const rows = await em.find(ContractSchema, { counterpartyId }, { orderBy: { createdAt: 'desc' }, limit });
  return rows.map((c) => ({
    source: 'contract', id: `contract:${c.id}`, at: c.createdAt, title: `Contract ${c.number} (${c.validFrom} – ${c.validTo ?? 'open-ended'})`, actorId: c.responsibleId,
    data: { contractId: c.id, number: c.number, dealId: c.dealId, validFrom: c.validFrom, validTo: c.validTo, documentId: c.documentId },
  }));
}

registerTimelineSource('deal', deals);
registerTimelineSource('shipment', shipments);
registerTimelineSource('contract', contracts);
registerTimelineSource('document', documents);
registerTimelineSource('invoice', invoices);
