import type { EntityManager } from '@mikro-orm/postgresql';
import { UserSchema, type Access } from '../access/index.ts';
import { ContactPersonSchema, StaleVersionError, visibleCounterparty } from '../clients/index.ts';
import { DomainError } from '../errors.ts';
import { InteractionSchema, type Interaction } from './interaction.entity.ts';
import type { InteractionCancel, InteractionComplete, InteractionCreate, InteractionPatch } from './interaction.input.ts';
import { syncInteractionReminder, type ReminderPlan } from './reminders.service.ts';
import { scopedInteractions, visibleInteraction } from './scoped.ts';

export interface Changed {
  interaction: Interaction;
  /** What the reminder timer must do now; the caller applies it after the commit. */
  plan: ReminderPlan | null;
}

/** Active users by id; the first unknown one is refused on `field`. Returns the responsible's team. */
async function assertUsers(em: EntityManager, ids: number[], field: string): Promise<Map<number, number | null>> {
  const users = ids.length ? await em.find(UserSchema, { id: { $in: ids }, active: true }, { fields: ['id', 'teamId'] }) : [];
  const teams = new Map(users.map((u) => [u.id, u.teamId ?? null]));
  const missing = ids.find((id) => !teams.has(id));
  if (missing !== undefined) throw new DomainError('interaction.unknown_user', `No active user with id ${missing}`, 422, [field]);
  return teams;
}

/** Contacts must be persons of the interaction's counterparty. */
async function assertContacts(em: EntityManager, counterpartyId: number | null, contactIds: number[]): Promise<void> {
  if (!contactIds.length) return;
  const found = counterpartyId ? await em.count(ContactPersonSchema, { id: { $in: contactIds }, counterpartyId }) : 0;
  if (found !== new Set(contactIds).size) throw new DomainError('interaction.unknown_contact', 'Contact persons must belong to the interaction’s counterparty', 422, ['contactIds']);
}

async function checkReferences(em: EntityManager, access: Access, i: Pick<Interaction, 'counterpartyId' | 'contactIds' | 'responsibleId' | 'participantIds'>, counterpartyChanged: boolean) {
  if (counterpartyChanged && i.counterpartyId) await visibleCounterparty(em, access, i.counterpartyId, 'read').catch(() => {
    throw new DomainError('interaction.unknown_counterparty', `No counterparty with id ${i.counterpartyId}`, 422, ['counterpartyId']);
  });
  await assertContacts(em, i.counterpartyId ?? null, i.contactIds);
  await assertUsers(em, [...new Set(i.participantIds)], 'participantIds');
  return (await assertUsers(em, [i.responsibleId], 'responsibleId')).get(i.responsibleId) ?? null;
}

/** After a write the interaction must stay within the actor's reach, or the transaction is undone. */
async function assertReachable(em: EntityManager, access: Access, id: number): Promise<void> {
  if (!(await scopedInteractions(em, access, 'update').andWhere({ id }).getCount())) {
    throw new DomainError('interaction.out_of_reach', 'The interaction would be out of your reach (responsible or client)', 403, ['responsibleId']);
  }
}

export async function createInteraction(em: EntityManager, access: Access, input: InteractionCreate): Promise<Changed> {
  const draft = { ...input, counterpartyId: input.counterpartyId ?? null, responsibleId: input.responsibleId ?? access.userId };
  const teamId = await checkReferences(em, access, draft, true);
  const done = input.state === 'done';
  const i = em.create(InteractionSchema, {
    ...draft,
    durationMinutes: input.durationMinutes ?? null,
    description: input.description ?? null,
    result: input.result ?? null,
    nextStep: input.nextStep ?? null,
    remindBeforeMinutes: input.remindBeforeMinutes ?? null,
    teamId,
    completedAt: done ? new Date() : null,
    cancelledAt: null,
    createdBy: access.userId,
  });
  await em.flush();
  await assertReachable(em, access, i.id);
  return { interaction: i, plan: await syncInteractionReminder(em, i) };
}

export function getInteraction(em: EntityManager, access: Access, id: number): Promise<Interaction> {
  return visibleInteraction(em, access, id, 'read');
}

/** Loads for a change under optimistic locking, within the update scope. */
async function forChange(tx: EntityManager, access: Access, id: number, expected: number | null): Promise<Interaction> {
  const i = await visibleInteraction(tx, access, id, 'update', true);
  if (expected !== null && i.version !== expected) throw new StaleVersionError(i, 'interaction');
  return i;
}

export async function updateInteraction(em: EntityManager, access: Access, id: number, patch: InteractionPatch, expected: number): Promise<Changed> {
  return em.transactional(async (tx) => {
    const i = await forChange(tx, access, id, expected);
    const next = { ...i, ...patch };
    const teamId = await checkReferences(tx, access, next, patch.counterpartyId !== undefined && patch.counterpartyId !== i.counterpartyId);
    tx.assign(i, { ...patch, teamId });
    await tx.flush();
    await assertReachable(tx, access, i.id);
    return { interaction: i, plan: await syncInteractionReminder(tx, i) };
  });
}

function mustBePlanned(i: Interaction, verb: string): void {
  if (i.state !== 'planned') throw new DomainError('interaction.not_planned', `Only a planned interaction can be ${verb}; this one is ${i.state}`, 409, ['state']);
}

export async function completeInteraction(em: EntityManager, access: Access, id: number, input: InteractionComplete, expected: number | null): Promise<Changed> {
  return em.transactional(async (tx) => {
    const i = await forChange(tx, access, id, expected);
    mustBePlanned(i, 'completed');
    tx.assign(i, { state: 'done', result: input.result, completedAt: new Date(), ...(input.nextStep !== undefined ? { nextStep: input.nextStep } : {}), ...(input.at ? { at: input.at } : {}) });
    await tx.flush();
    return { interaction: i, plan: await syncInteractionReminder(tx, i) };
  });
}

export async function cancelInteraction(em: EntityManager, access: Access, id: number, input: InteractionCancel, expected: number | null): Promise<Changed> {
  return em.transactional(async (tx) => {
    const i = await forChange(tx, access, id, expected);
    mustBePlanned(i, 'cancelled');
    tx.assign(i, { state: 'cancelled', cancelledAt: new Date(), ...(input.reason ? { result: input.reason } : {}) });
    await tx.flush();
    return { interaction: i, plan: await syncInteractionReminder(tx, i) };
  });
}
