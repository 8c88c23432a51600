import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeCondition, UserSchema, type Access } from '../../access/index.ts';
import { DomainError, type DomainFieldError } from '../../errors.ts';
import { DealSchema } from '../deals/deal.entity.ts';
import { DocumentSchema } from '../documents.entities.ts';
import { checkReach, clientsInReach } from '../scope.ts';
import { ContractSchema, type Contract } from './contract.entity.ts';
import { expiryReminderAt } from './expiry-time.ts';

export interface ContractInput {
  number?: string;
  subject?: string | null;
  dealId?: number | null;
  counterpartyId?: number;
  documentId?: number | null;
  validFrom: string;
  validTo?: string | null;
  remindDaysBefore?: number;
  responsibleId?: number;
}
export type ContractPatch = Partial<Omit<ContractInput, 'dealId' | 'counterpartyId'>>;

/** What the expiry timer `contract-expiry-<id>` must do now: fire at `remindAt`, or stop (null). */
export interface ExpiryPlan {
  contractId: number;
  remindAt: Date | null;
}

/** Contracts reach like deals: own for a sales manager, the team's for a head of sales, all for admins. */
export function contractsInReach(em: EntityManager, access: Access) {
  const cond = scopeCondition(access, 'read', 'Counterparty', 'c');
  const qb = em.createQueryBuilder(ContractSchema, 'c').select('*');
  if (cond.sql !== 'true') qb.where(cond.sql, cond.params);
  return qb;
}

export async function visibleContract(em: EntityManager, access: Access, id: number): Promise<Contract> {
  const found = await contractsInReach(em, access).andWhere({ id }).getSingleResult();
  if (!found) throw new DomainError('contract.not_found', 'No such contract', 404);
  return found;
}

const viewer = (access: Access) => ({ id: access.userId, roles: access.roles });

/** The client (and deal) a new contract belongs to; each problem names its field. */
async function parties(em: EntityManager, access: Access, input: ContractInput): Promise<{ counterpartyId: number; dealId: number | null; dealOwner: number | null }> {
  if (input.dealId) {
    const deal = await em.findOne(DealSchema, { id: input.dealId });
    const reach = await clientsInReach(em, viewer(access));
    if (!deal || (reach !== null && !reach.includes(deal.counterpartyId))) throw new DomainError('contract.unknown_deal', 'No such deal', 422, ['dealId']);
    if (input.counterpartyId && input.counterpartyId !== deal.counterpartyId) throw new DomainError('contract.other_client', 'The deal is with another counterparty', 422, ['counterpartyId']);
    return { counterpartyId: deal.counterpartyId, dealId: deal.id, dealOwner: deal.responsibleId ?? null };
  }
  if (!input.counterpartyId) throw new DomainError('contract.no_party', 'A contract is with a counterparty: give counterpartyId or dealId', 422, ['counterpartyId']);
  await checkReach(em, viewer(access), input.counterpartyId, 'link');
  return { counterpartyId: input.counterpartyId, dealId: null, dealOwner: null };
}

/** Dates in order, the linked document a contract of this client, the number free, the responsible a user. */
async function checkFields(em: EntityManager, access: Access, c: { id?: number; number: string; validFrom: string; validTo: string | null; documentId: number | null; counterpartyId: number; responsibleId: number }): Promise<void> {
  const errors: DomainFieldError[] = [];
  if (c.validTo && c.validTo < c.validFrom) errors.push({ field: 'validTo', code: 'contract.dates', message: 'Ends before it starts' });
  if (c.documentId) {
    const doc = await em.findOne(DocumentSchema, { id: c.documentId });
    const reach = await clientsInReach(em, viewer(access));
    const seen = doc && (reach === null || !doc.counterpartyId || reach.includes(doc.counterpartyId));
    if (!seen || doc.docType !== 'contract') errors.push({ field: 'documentId', code: 'contract.unknown_document', message: 'No generated contract document with this id' });
    else if (doc.counterpartyId && doc.counterpartyId !== c.counterpartyId) errors.push({ field: 'documentId', code: 'contract.document_of_other_client', message: 'The document is for another counterparty' });
  }
  if (!(await em.findOne(UserSchema, { id: c.responsibleId, active: true }))) errors.push({ field: 'responsibleId', code: 'user.unknown', message: 'No active user with this id' });
  if (errors.length) throw new DomainError('contract.invalid', 'Some fields are not valid', 422, errors);
  if (await em.findOne(ContractSchema, { number: c.number, ...(c.id ? { id: { $ne: c.id } } : {}) })) {
    throw new DomainError('contract.number_taken', `A contract numbered "${c.number}" exists`, 409, ['number']);
  }
}

const teamOf = async (em: EntityManager, userId: number) => (await em.findOne(UserSchema, { id: userId }, { fields: ['teamId'] }))?.teamId ?? null;

/** The number of the linked document when none is typed. */
async function numberOf(em: EntityManager, input: { number?: string; documentId?: number | null }): Promise<string> {
  if (input.number) return input.number;
  const doc = input.documentId ? await em.findOne(DocumentSchema, { id: input.documentId }, { fields: ['number'] }) : null;
  if (!doc) throw new DomainError('contract.number_required', 'Give the contract a number (or link its generated document)', 422, ['number']);
  return doc.number;
}

export async function createContract(em: EntityManager, access: Access, input: ContractInput, creationKey: string | null, reminderTime: string): Promise<{ contract: Contract; created: boolean; plan: ExpiryPlan | null }> {
  if (creationKey) {
    const existing = await em.findOne(ContractSchema, { createdBy: access.userId, creationKey });
    if (existing) return { contract: existing, created: false, plan: null };
  }
  const { counterpartyId, dealId, dealOwner } = await parties(em, access, input);
  const responsibleId = input.responsibleId ?? dealOwner ?? access.userId;
  const fields = {
    number: await numberOf(em, input), subject: input.subject ?? null, validFrom: input.validFrom, validTo: input.validTo ?? null,
    documentId: input.documentId ?? null, remindDaysBefore: input.remindDaysBefore ?? 30, responsibleId,
  };
  await checkFields(em, access, { ...fields, counterpartyId });
  const contract = em.create(ContractSchema, {
    ...fields, dealId, counterpartyId, teamId: await teamOf(em, responsibleId), remindAt: expiryReminderAt(fields, reminderTime), remindedFor: null, creationKey, createdBy: access.userId,
  });
  await em.flush();
  return { contract, created: true, plan: contract.remindAt ? { contractId: contract.id, remindAt: contract.remindAt } : null };
}

/** Changes a contract; a new end date, notice period or responsible re-arms its reminder. */
export async function updateContract(em: EntityManager, access: Access, id: number, expected: number, patch: ContractPatch, reminderTime: string): Promise<{ contract: Contract; plan: ExpiryPlan | null }> {
  await visibleContract(em, access, id);
  const c = await em.findOneOrFail(ContractSchema, { id });
  if (c.version !== expected) throw new DomainError('conflict.stale_version', `You sent version ${expected}; it is now ${c.version}`, 412);
  const next = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as ContractPatch;
  const merged = { ...c, ...next, number: next.number ?? c.number, validTo: next.validTo === undefined ? (c.validTo ?? null) : next.validTo, documentId: next.documentId === undefined ? (c.documentId ?? null) : next.documentId };
  await checkFields(em, access, { id, number: merged.number, validFrom: merged.validFrom, validTo: merged.validTo ?? null, documentId: merged.documentId ?? null, counterpartyId: c.counterpartyId, responsibleId: merged.responsibleId });
  const before = c.remindAt?.getTime() ?? null;
  em.assign(c, next);
  if (next.responsibleId !== undefined) c.teamId = await teamOf(em, next.responsibleId);
  c.remindAt = expiryReminderAt(c, reminderTime);
  await em.flush();
  const rearm = before !== (c.remindAt?.getTime() ?? null);
  return { contract: c, plan: rearm ? { contractId: c.id, remindAt: c.remindAt ?? null } : null };
}

export async function deleteContract(em: EntityManager, access: Access, id: number, expected: number): Promise<ExpiryPlan> {
  const c = await visibleContract(em, access, id);
  if (c.version !== expected) throw new DomainError('conflict.stale_version', `You sent version ${expected}; it is now ${c.version}`, 412);
  await em.nativeDelete(ContractSchema, { id, version: expected });
  return { contractId: id, remindAt: null };
}
