import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireScope, type Access, type Action } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import { StaleVersionError } from '../counterparties/counterparties.service.ts';
import { visibleCounterparty } from '../counterparties/scoped.ts';
import { recordChanges } from '../history/history.service.ts';
import { ContactPersonSchema, type ContactPerson } from './contact-person.entity.ts';
import type { ContactCreate, ContactPatch } from './contact.input.ts';

const tracked = ['fullName', 'position', 'decisionRole', 'phones', 'emails', 'messengers', 'birthday', 'preferredChannel', 'note', 'isPrimary'] as const;
const snapshot = (c: ContactPerson) => Object.fromEntries(tracked.map((f) => [f, structuredClone(c[f])]));
const target = (c: ContactPerson, actorId: number) => ({ recordType: 'contact' as const, recordId: c.id, counterpartyId: c.counterpartyId, actorId });

/** A contact is reachable exactly when its counterparty is (and the role may act on contacts). */
export async function visibleContact(em: EntityManager, access: Access, id: number, action: Action = 'read'): Promise<ContactPerson> {
  requireScope(access, action, 'Contact');
  const contact = await em.findOne(ContactPersonSchema, { id });
  if (!contact) throw new DomainError('contact.not_found', 'No such contact', 404);
  try {
    await visibleCounterparty(em, access, contact.counterpartyId, action === 'read' ? 'read' : 'update');
  } catch {
    throw new DomainError('contact.not_found', 'No such contact', 404);
  }
  return contact;
}

export async function listContacts(em: EntityManager, access: Access, counterpartyId: number): Promise<ContactPerson[]> {
  requireScope(access, 'read', 'Contact');
  await visibleCounterparty(em, access, counterpartyId, 'read');
  return em.find(ContactPersonSchema, { counterpartyId }, { orderBy: { isPrimary: 'desc', fullName: 'asc', id: 'asc' } });
}

/**
 * The client's current primary contact stops being it (with its own history row), written
 * before the new one is marked so the one-primary index never sees two.
 */
async function clearPrimary(em: EntityManager, actorId: number, counterpartyId: number, except: number | null): Promise<void> {
  const current = await em.find(ContactPersonSchema, { counterpartyId, isPrimary: true, ...(except ? { id: { $ne: except } } : {}) });
  for (const c of current) {
    const before = snapshot(c);
    c.isPrimary = false;
    recordChanges(em, target(c, actorId), 'update', before, snapshot(c));
  }
  if (current.length) await em.flush();
}

export async function createContact(em: EntityManager, access: Access, counterpartyId: number, input: ContactCreate): Promise<ContactPerson> {
  requireScope(access, 'create', 'Contact');
  await visibleCounterparty(em, access, counterpartyId, 'update');
  return em.transactional(async (tx) => {
    if (input.isPrimary) await clearPrimary(tx, access.userId, counterpartyId, null);
    return addContact(tx, access, counterpartyId, input);
  });
}

async function addContact(em: EntityManager, access: Access, counterpartyId: number, input: ContactCreate): Promise<ContactPerson> {
  const contact = em.create(ContactPersonSchema, {
    counterpartyId,
    fullName: input.fullName,
    position: input.position ?? null,
    decisionRole: input.decisionRole ?? null,
    phones: input.phones,
    emails: input.emails,
    messengers: input.messengers,
    birthday: input.birthday ?? null,
    preferredChannel: input.preferredChannel ?? null,
    note: input.note ?? null,
    isPrimary: input.isPrimary,
    createdBy: access.userId,
  });
  await em.flush();
  recordChanges(em, target(contact, access.userId), 'create', {}, snapshot(contact));
  await em.flush();
  return contact;
}

export async function updateContact(em: EntityManager, access: Access, id: number, patch: ContactPatch, expected: number): Promise<ContactPerson> {
  return em.transactional(async (tx) => {
    const contact = await visibleContact(tx, access, id, 'update');
    await tx.lock(contact, LockMode.PESSIMISTIC_WRITE);
    await tx.refresh(contact);
    if (contact.version !== expected) throw new StaleVersionError(contact, 'contact');
    if (patch.isPrimary) await clearPrimary(tx, access.userId, contact.counterpartyId, contact.id);
    const before = snapshot(contact);
    tx.assign(contact, patch);
    recordChanges(tx, target(contact, access.userId), 'update', before, snapshot(contact));
    await tx.flush();
    return contact;
  });
}

export async function deleteContact(em: EntityManager, access: Access, id: number, expected: number): Promise<void> {
  await em.transactional(async (tx) => {
    const contact = await visibleContact(tx, access, id, 'delete');
    if (contact.version !== expected) throw new StaleVersionError(contact, 'contact');
    recordChanges(tx, target(contact, access.userId), 'delete', snapshot(contact), {});
    tx.remove(contact);
    await tx.flush();
  });
}
