import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../../access/index.ts';
import { checkTaxId, contactCreate, counterpartyCreate, toE164, createContact, createCounterparty, visibleCounterparty, type Counterparty } from '../../clients/index.ts';
import { DomainError } from '../../errors.ts';
import { createDeal, type DealInput } from '../deals/deals.service.ts';
import type { Deal } from '../deals/deal.entity.ts';
import { DealSchema } from '../deals/deal.entity.ts';
import { duplicateCandidates } from './duplicates.ts';
import { LeadSchema, leadChannels, type Lead } from './lead.entity.ts';

export interface LeadInput {
  channel: (typeof leadChannels)[number];
  source?: string | null;
  interest?: string | null;
  contactName?: string | null;
  companyName?: string | null;
  taxId?: string | null;
  phone?: string | null;
  email?: string | null;
  message?: string | null;
  responsibleId?: number | null;
}

/** Stores an inbound request; the same creation key (a form's retry) returns the first lead. */
export async function createLead(em: EntityManager, input: LeadInput, createdBy: number | null, creationKey: string | null): Promise<{ lead: Lead; created: boolean }> {
  if (!input.contactName && !input.companyName) throw new DomainError('lead.no_name', 'A lead needs a contact name or a company name', 422, ['contactName']);
  if (!input.phone && !input.email) throw new DomainError('lead.no_contact', 'A lead needs a phone or an e-mail to answer', 422, ['phone']);
  if (input.phone && !toE164(input.phone)) throw new DomainError('lead.bad_phone', 'Not a valid phone number', 422, ['phone']);
  const taxCheck = input.taxId ? checkTaxId(input.taxId) : null;
  if (taxCheck && 'error' in taxCheck) throw new DomainError('lead.bad_tax_id', taxCheck.error, 422, ['taxId']);
  if (creationKey) {
    const existing = await em.findOne(LeadSchema, { creationKey });
    if (existing) return { lead: existing, created: false };
  }
  const lead = em.create(LeadSchema, {
    status: 'new', channel: input.channel, source: input.source ?? null, interest: input.interest ?? null, contactName: input.contactName ?? null,
    companyName: input.companyName ?? null, taxId: input.taxId ?? null, phone: input.phone ?? null, email: input.email?.toLowerCase() ?? null,
    message: input.message ?? null, responsibleId: input.responsibleId ?? createdBy, counterpartyId: null, dealId: null, rejectedReason: null, creationKey, createdBy,
  });
  await em.flush();
  return { lead, created: true };
}

/** Leads a person works: a sales manager their own and the unassigned ones, others all. */
export function leadReach(access: Access): object {
  if (access.roles.some((r) => ['admin', 'head_of_sales', 'marketer', 'analyst'].includes(r))) return {};
  return { $or: [{ responsibleId: access.userId }, { responsibleId: null }] };
}

export async function visibleLead(em: EntityManager, access: Access, id: number): Promise<Lead> {
  const lead = await em.findOne(LeadSchema, { $and: [{ id }, leadReach(access)] });
  if (!lead) throw new DomainError('lead.not_found', 'No such lead', 404);
  return lead;
}

export interface Qualification {
  /** An existing client the lead belongs to (chosen from the duplicate candidates). */
  counterpartyId?: number;
  /** Create a new client even though candidates were found. */
  createCounterparty?: boolean;
  deal: Omit<DealInput, 'counterpartyId' | 'source'>;
}

/**
 * Turns a lead into a counterparty and a deal. Without a choice, a possible duplicate (same tax
 * id, phone or e-mail) stops it with 409 and the candidates, so the same client is not created
 * twice. Qualifying again returns the same deal.
 */
export async function qualifyLead(em: EntityManager, access: Access, id: number, q: Qualification): Promise<{ lead: Lead; deal: Deal; counterparty: Counterparty; created: boolean }> {
  return em.transactional(async (tx) => {
    await visibleLead(tx, access, id);
    // Two people qualifying the same lead at once: the second waits here and finds the deal.
    const lead = await tx.findOneOrFail(LeadSchema, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (lead.status === 'qualified' && lead.dealId) {
      return { lead, deal: await tx.findOneOrFail(DealSchema, { id: lead.dealId }), counterparty: await visibleCounterparty(tx, access, lead.counterpartyId!), created: false };
    }
    if (lead.status !== 'new') throw new DomainError('lead.not_new', `The lead is ${lead.status}`, 409);
    const counterparty = q.counterpartyId ? await chosen(tx, access, q.counterpartyId) : await newClient(tx, access, lead, q.createCounterparty === true);
    const { deal } = await createDeal(tx, access, { ...q.deal, counterpartyId: counterparty.id, source: lead.source }, null, lead.id);
    const managed = lead;
    Object.assign(managed, { status: 'qualified', counterpartyId: counterparty.id, dealId: deal.id, responsibleId: managed.responsibleId ?? access.userId });
    await tx.flush();
    return { lead: managed, deal, counterparty, created: true };
  });
}

async function chosen(em: EntityManager, access: Access, id: number): Promise<Counterparty> {
  return visibleCounterparty(em, access, id).catch(() => {
    throw new DomainError('lead.unknown_counterparty', 'No such counterparty', 422, ['counterpartyId']);
  });
}

async function newClient(em: EntityManager, access: Access, lead: Lead, force: boolean): Promise<Counterparty> {
  const candidates = await duplicateCandidates(em, lead);
  if (candidates.length && !force) {
    const visible = new Set((await Promise.all(candidates.map((c) => visibleCounterparty(em, access, c.id).then(() => c.id, () => null)))).filter((x) => x !== null));
    throw new DomainError('lead.possible_duplicate', `This client may already exist (${candidates.length} candidate(s)): choose counterpartyId, or send createCounterparty: true`, 409, candidates.map((c) => ({
      field: 'counterpartyId',
      code: 'lead.duplicate_candidate',
      message: `Same ${c.matchedBy.join(', ')}`,
      // Another manager's client is named as existing, without its card.
      params: { counterpartyId: c.id, matchedBy: c.matchedBy, ...(visible.has(c.id) ? { name: c.counterparty.name } : { owner: 'another manager' }) },
    })));
  }
  const company = !!lead.companyName;
  const input = counterpartyCreate.parse({
    kind: company ? 'company' : 'person',
    name: lead.companyName ?? lead.contactName,
    status: 'prospect',
    relationships: ['prospect'],
    ...(lead.taxId ? { taxId: lead.taxId } : {}),
    phones: lead.phone ? [{ number: lead.phone }] : [],
    emails: lead.email ? [{ address: lead.email }] : [],
    ...(lead.source ? { source: lead.source } : {}),
  });
  const counterparty = await createCounterparty(em, access, input);
  if (company && lead.contactName) {
    await createContact(em, access, counterparty.id, contactCreate.parse({
      fullName: lead.contactName, decisionRole: 'decision_maker', phones: lead.phone ? [{ number: lead.phone }] : [], emails: lead.email ? [{ address: lead.email }] : [],
    }));
  }
  return counterparty;
}

/** Closes a lead that is not a sale (spam, no need, duplicate request), with the reason. */
export async function rejectLead(em: EntityManager, access: Access, id: number, expectedVersion: number, reason: string): Promise<Lead> {
  const lead = await visibleLead(em, access, id);
  if (lead.version !== expectedVersion) throw new DomainError('conflict.stale_version', `You sent version ${expectedVersion}; it is now ${lead.version}`, 412);
  if (lead.status !== 'new') throw new DomainError('lead.not_new', `The lead is already ${lead.status}`, 409);
  const managed = await em.findOneOrFail(LeadSchema, { id });
  Object.assign(managed, { status: 'rejected', rejectedReason: reason });
  await em.flush();
  return managed;
}
