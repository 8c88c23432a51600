import type { EntityManager } from '@mikro-orm/postgresql';
import { changeAuthor, scopeCondition, UserSchema, type Access } from '../../access/index.ts';
import { ContactPersonSchema, recordChanges, visibleCounterparty } from '../../clients/index.ts';
import { DomainError } from '../../errors.ts';
import { ProductSchema } from '../catalogue.entities.ts';
import { DealSchema, type Deal, type DealContact, type DealProduct } from './deal.entity.ts';

export interface DealInput {
  title: string;
  counterpartyId: number;
  contacts?: DealContact[];
  amount: number;
  currency: string;
  products?: DealProduct[];
  expectedCloseDate?: string | null;
  responsibleId?: number | null;
  competitors?: string[];
  source?: string | null;
  processKey: string;
}

export type DealPatch = Partial<Omit<DealInput, 'counterpartyId' | 'processKey'>> & { lostReason?: string | null };

/**
 * Deals reach like client records (the clients module's grants on Counterparty): own for a
 * sales manager, the team's for a head of sales, all for admins, marketers and analysts.
 */
export function dealsInReach(em: EntityManager, access: Access) {
  const cond = scopeCondition(access, 'read', 'Counterparty', 'd');
  const qb = em.createQueryBuilder(DealSchema, 'd').select('*');
  if (cond.sql !== 'true') qb.where(cond.sql, cond.params);
  return qb;
}

/** One deal in reach; others answer the same 404 as a missing one. */
export async function visibleDeal(em: EntityManager, access: Access, id: number): Promise<Deal> {
  const deal = await dealsInReach(em, access).andWhere({ id }).getSingleResult();
  if (!deal) throw new DomainError('deal.not_found', 'No such deal', 404);
  return deal;
}

/** Checks the references of a new or changed deal; each problem names its field. */
async function checkReferences(em: EntityManager, counterpartyId: number, input: Partial<DealInput>): Promise<void> {
  const errors: { field: string; code: string; message: string }[] = [];
  if (input.contacts?.length) {
    const found = await em.find(ContactPersonSchema, { id: { $in: input.contacts.map((c) => c.contactId) }, counterpartyId });
    input.contacts.forEach((c, i) => {
      if (!found.some((f) => f.id === c.contactId)) errors.push({ field: `contacts.${i}.contactId`, code: 'contact.unknown', message: 'Not a contact person of this counterparty' });
    });
  }
  if (input.products?.length) {
    const found = await em.find(ProductSchema, { id: { $in: input.products.map((p) => p.productId) } });
    input.products.forEach((p, i) => {
      if (!found.some((f) => f.id === p.productId)) errors.push({ field: `products.${i}.productId`, code: 'product.unknown', message: 'No such product' });
    });
  }
  if (input.responsibleId && !(await em.findOne(UserSchema, { id: input.responsibleId, active: true }))) {
    errors.push({ field: 'responsibleId', code: 'user.unknown', message: 'No active user with this id' });
  }
  if (errors.length) throw new DomainError('deal.invalid_reference', 'Some references are unknown', 422, errors);
}

/** Creates the deal row (without its process: the caller starts it and links the workflow id). */
export async function createDeal(em: EntityManager, access: Access, input: DealInput, creationKey: string | null, leadId: number | null = null): Promise<{ deal: Deal; created: boolean }> {
  if (creationKey) {
    const existing = await em.findOne(DealSchema, { createdBy: access.userId, creationKey });
    if (existing) return { deal: existing, created: false };
  }
  await visibleCounterparty(em, access, input.counterpartyId).catch(() => {
    throw new DomainError('deal.unknown_counterparty', 'No such counterparty', 422, ['counterpartyId']);
  });
  await checkReferences(em, input.counterpartyId, input);
  const responsibleId = input.responsibleId ?? access.userId;
  const teamId = (await em.findOne(UserSchema, { id: responsibleId }, { fields: ['teamId'] }))?.teamId ?? null;
  const deal = em.create(DealSchema, {
    title: input.title,
    counterpartyId: input.counterpartyId,
    contacts: input.contacts ?? [],
    amount: input.amount,
    currency: input.currency,
    products: input.products ?? [],
    expectedCloseDate: input.expectedCloseDate ?? null,
    responsibleId,
    teamId,
    competitors: input.competitors ?? [],
    lostReason: null,
    source: input.source ?? null,
    leadId,
    processKey: input.processKey,
    workflowId: null,
    stage: null,
    status: 'open',
    closedAt: null,
    creationKey,
    createdBy: access.userId,
  });
  await em.flush();
  recordChanges(em, { recordType: 'deal', recordId: deal.id, counterpartyId: deal.counterpartyId, ...changeAuthor(access) }, 'create', {}, editable(deal));
  await em.flush();
  return { deal, created: true };
}

/** Links the deal to its process instance: from now on its stage follows the instance. */
export async function linkProcess(em: EntityManager, dealId: number, workflowId: string): Promise<void> {
  await em.nativeUpdate(DealSchema, { id: dealId }, { workflowId });
}

/** Changes the deal's own data (not its stage: that follows the process). */
export async function updateDeal(em: EntityManager, access: Access, id: number, expectedVersion: number, patch: DealPatch): Promise<Deal> {
  const deal = await visibleDeal(em, access, id);
  if (deal.version !== expectedVersion) throw new DomainError('conflict.stale_version', `You sent version ${expectedVersion}; it is now ${deal.version}`, 412);
  await checkReferences(em, deal.counterpartyId, patch);
  const managed = await em.findOneOrFail(DealSchema, { id });
  const before = editable(managed);
  const { responsibleId, ...rest } = patch;
  Object.assign(managed, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)));
  if (responsibleId !== undefined) {
    managed.responsibleId = responsibleId ?? access.userId;
    managed.teamId = (await em.findOne(UserSchema, { id: managed.responsibleId }, { fields: ['teamId'] }))?.teamId ?? null;
  }
  recordChanges(em, { recordType: 'deal', recordId: id, counterpartyId: managed.counterpartyId, ...changeAuthor(access) }, 'update', before, editable(managed));
  await em.flush();
  return managed;
}

/** The fields people edit, for the field-level history (stage and outcome live in the process log). */
function editable(d: Deal): Record<string, unknown> {
  return {
    title: d.title, contacts: d.contacts, amount: Number(d.amount), currency: d.currency, products: d.products, expectedCloseDate: d.expectedCloseDate ?? null,
    responsibleId: d.responsibleId ?? null, competitors: d.competitors, lostReason: d.lostReason ?? null,
  };
}
