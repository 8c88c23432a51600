import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeCondition, UserSchema, type Access } from '../../access/index.ts';
import { DomainError, type DomainFieldError } from '../../errors.ts';
import { ProductSchema } from '../catalogue.entities.ts';
import { DealSchema, type Deal } from '../deals/deal.entity.ts';
import { InvoiceSchema } from '../invoicing.entities.ts';
import { checkReach } from '../scope.ts';
import { ShipmentSchema, type Shipment, type ShipmentLine, type ShipmentState } from './shipment.entity.ts';

export interface ShipmentInput {
  dealId?: number | null;
  invoiceId?: number | null;
  lines: ShipmentLine[];
  plannedAt: Date;
  notes?: string | null;
  responsibleId?: number | null;
}

export interface ShipmentPatch {
  lines?: ShipmentLine[];
  plannedAt?: Date;
  notes?: string | null;
  responsibleId?: number;
}

/** Shipments reach like deals: own for a sales manager, the team's for a head of sales, all for admins. */
export function shipmentsInReach(em: EntityManager, access: Access) {
  const cond = scopeCondition(access, 'read', 'Counterparty', 's');
  const qb = em.createQueryBuilder(ShipmentSchema, 's').select('*');
  if (cond.sql !== 'true') qb.where(cond.sql, cond.params);
  return qb;
}

export async function visibleShipment(em: EntityManager, access: Access, id: number): Promise<Shipment> {
  const found = await shipmentsInReach(em, access).andWhere({ id }).getSingleResult();
  if (!found) throw new DomainError('shipment.not_found', 'No such shipment', 404);
  return found;
}

/** A planned shipment whose planned time has passed. */
export const isOverdue = (s: Shipment, now = new Date()) => s.state === 'planned' && s.plannedAt.getTime() < now.getTime();

async function dealInReach(em: EntityManager, access: Access, id: number, field: string): Promise<Deal> {
  const cond = scopeCondition(access, 'read', 'Counterparty', 'd');
  const qb = em.createQueryBuilder(DealSchema, 'd').select('*').where({ id });
  if (cond.sql !== 'true') qb.andWhere(cond.sql, cond.params);
  const deal = await qb.getSingleResult();
  if (!deal) throw new DomainError('shipment.unknown_deal', 'No such deal', 422, [field]);
  return deal;
}

/** The deal and client a new shipment belongs to: given directly, or through the deal's invoice. */
async function ownerRecords(em: EntityManager, access: Access, input: ShipmentInput): Promise<{ deal: Deal | null; invoiceId: number | null; counterpartyId: number | null }> {
  if (!input.dealId && !input.invoiceId) throw new DomainError('shipment.no_record', 'A shipment belongs to a deal or an invoice', 422, ['dealId']);
  let deal = input.dealId ? await dealInReach(em, access, input.dealId, 'dealId') : null;
  if (!input.invoiceId) return { deal, invoiceId: null, counterpartyId: deal!.counterpartyId };
  const invoice = await em.findOne(InvoiceSchema, { id: input.invoiceId });
  const unknown = new DomainError('shipment.unknown_invoice', 'No such invoice', 422, ['invoiceId']);
  if (!invoice) throw unknown;
  await checkReach(em, { id: access.userId, roles: access.roles }, invoice.counterpartyId).catch(() => {
    throw unknown;
  });
  const invoiceDeal = invoice.recordType === 'deal' ? Number(invoice.recordId) : null;
  if (deal && invoiceDeal !== deal.id) throw new DomainError('shipment.invoice_of_other_deal', 'The invoice is not one of this deal', 422, ['invoiceId']);
  if (!deal && invoiceDeal) deal = await dealInReach(em, access, invoiceDeal, 'invoiceId');
  return { deal, invoiceId: invoice.id, counterpartyId: deal?.counterpartyId ?? invoice.counterpartyId ?? null };
}

async function checkLinesAndUser(em: EntityManager, input: { lines?: ShipmentLine[]; responsibleId?: number | null }): Promise<void> {
  const errors: DomainFieldError[] = [];
  if (input.lines?.length) {
    const found = await em.find(ProductSchema, { id: { $in: input.lines.map((l) => l.productId) } }, { fields: ['id'] });
    input.lines.forEach((l, i) => {
      if (!found.some((f) => f.id === l.productId)) errors.push({ field: `lines.${i}.productId`, code: 'product.unknown', message: 'No such product' });
    });
  }
  if (input.responsibleId && !(await em.findOne(UserSchema, { id: input.responsibleId, active: true }))) {
    errors.push({ field: 'responsibleId', code: 'user.unknown', message: 'No active user with this id' });
  }
  if (errors.length) throw new DomainError('shipment.invalid_reference', 'Some references are unknown', 422, errors);
}

const teamOf = async (em: EntityManager, userId: number) => (await em.findOne(UserSchema, { id: userId }, { fields: ['teamId'] }))?.teamId ?? null;

/** A planned shipment; the caller starts its watching process. The same Idempotency-Key answers the first one. */
export async function createShipment(em: EntityManager, access: Access, input: ShipmentInput, creationKey: string | null): Promise<{ shipment: Shipment; created: boolean }> {
  if (creationKey) {
    const existing = await em.findOne(ShipmentSchema, { createdBy: access.userId, creationKey });
    if (existing) return { shipment: existing, created: false };
  }
  const { deal, invoiceId, counterpartyId } = await ownerRecords(em, access, input);
  await checkLinesAndUser(em, input);
  const responsibleId = input.responsibleId ?? deal?.responsibleId ?? access.userId;
  const shipment = em.create(ShipmentSchema, {
    dealId: deal?.id ?? null, invoiceId, counterpartyId, responsibleId, teamId: await teamOf(em, responsibleId),
    lines: input.lines, plannedAt: input.plannedAt, shippedOn: null, state: 'planned', notes: input.notes ?? null,
    workflowId: null, creationKey, createdBy: access.userId,
  });
  await em.flush();
  return { shipment, created: true };
}

export async function linkShipmentProcess(em: EntityManager, id: number, workflowId: string): Promise<void> {
  await em.nativeUpdate(ShipmentSchema, { id }, { workflowId });
}

async function plannedOne(em: EntityManager, access: Access, id: number, expected: number): Promise<Shipment> {
  await visibleShipment(em, access, id);
  const s = await em.findOneOrFail(ShipmentSchema, { id });
  if (s.version !== expected) throw new DomainError('conflict.stale_version', `You sent version ${expected}; it is now ${s.version}`, 412);
  if (s.state !== 'planned') throw new DomainError('shipment.not_planned', `The shipment is ${s.state}; only a planned one changes`, 409);
  return s;
}

/** Changes a planned shipment; `replanned` says its process must hear the new time or responsible. */
export async function updateShipment(em: EntityManager, access: Access, id: number, expected: number, patch: ShipmentPatch): Promise<{ shipment: Shipment; replanned: boolean }> {
  const s = await plannedOne(em, access, id, expected);
  await checkLinesAndUser(em, patch);
  const replanned = (patch.plannedAt !== undefined && patch.plannedAt.getTime() !== s.plannedAt.getTime()) || (patch.responsibleId !== undefined && patch.responsibleId !== s.responsibleId);
  if (patch.lines) s.lines = patch.lines;
  if (patch.plannedAt) s.plannedAt = patch.plannedAt;
  if (patch.notes !== undefined) s.notes = patch.notes;
  if (patch.responsibleId !== undefined) {
    s.responsibleId = patch.responsibleId;
    s.teamId = await teamOf(em, patch.responsibleId);
  }
  await em.flush();
  return { shipment: s, replanned };
}

/** Marks a planned shipment shipped (on `shippedOn`, default today) or cancelled. */
export async function closeShipment(em: EntityManager, access: Access, id: number, expected: number, to: Exclude<ShipmentState, 'planned'>, shippedOn?: string): Promise<Shipment> {
  const s = await plannedOne(em, access, id, expected);
  s.state = to;
  if (to === 'shipped') s.shippedOn = shippedOn ?? new Date().toISOString().slice(0, 10);
  await em.flush();
  return s;
}
