import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import { ContactPersonSchema } from '../contacts/contact-person.entity.ts';
import { visibleContact } from '../contacts/contacts.service.ts';
import { scopedCounterparties, visibleCounterparty } from '../counterparties/scoped.ts';
import { ClientRelationSchema, type ClientRelation, type RelationEnd, relationKinds } from './client-relation.entity.ts';

export interface End { type: RelationEnd; id: number }
export type RelationKind = (typeof relationKinds)[number];

/** Resolves one end the actor can reach, naming the offending field when not. */
async function reachEnd(em: EntityManager, access: Access, end: End, field: string, action: 'read' | 'update'): Promise<number> {
  try {
    if (end.type === 'counterparty') return (await visibleCounterparty(em, access, end.id, action)).id;
    return (await visibleContact(em, access, end.id, action)).counterpartyId;
  } catch {
    throw new DomainError('relation.unknown_end', `No ${end.type} with id ${end.id}`, 422, [`${field}.id`]);
  }
}

export async function createRelation(em: EntityManager, access: Access, input: { from: End; to: End; kind: RelationKind; note?: string | null }): Promise<ClientRelation> {
  if (input.from.type === input.to.type && input.from.id === input.to.id) {
    throw new DomainError('relation.self', 'A record cannot be related to itself', 422, ['to.id']);
  }
  await reachEnd(em, access, input.from, 'from', 'update');
  await reachEnd(em, access, input.to, 'to', 'read');
  try {
    const relation = em.create(ClientRelationSchema, {
      fromType: input.from.type, fromId: input.from.id, toType: input.to.type, toId: input.to.id,
      kind: input.kind, note: input.note ?? null, createdBy: access.userId,
    });
    await em.flush();
    return relation;
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw new DomainError('relation.exists', 'This relation exists already', 409);
    throw err;
  }
}

export interface RelationView {
  id: number;
  kind: RelationKind;
  /** `outgoing`: this record → other; `incoming`: other → this record. */
  direction: 'outgoing' | 'incoming';
  other: { type: RelationEnd; id: number; name: string | null };
  note: string | null;
  createdAt: Date;
}

/** Relations touching a record, both directions; the other end's name only when the actor may see it. */
export async function relationsOf(em: EntityManager, access: Access, end: End): Promise<RelationView[]> {
  try {
    await reachEnd(em, access, end, 'id', 'read');
  } catch {
    throw new DomainError(`${end.type}.not_found`, `No such ${end.type}`, 404);
  }
  const rows = await em.find(ClientRelationSchema, {
    $or: [{ fromType: end.type, fromId: end.id }, { toType: end.type, toId: end.id }],
  }, { orderBy: { id: 'asc' } });
  const views: RelationView[] = [];
  for (const r of rows) {
    const outgoing = r.fromType === end.type && r.fromId === end.id;
    const other = outgoing ? { type: r.toType, id: r.toId } : { type: r.fromType, id: r.fromId };
    views.push({ id: r.id, kind: r.kind, direction: outgoing ? 'outgoing' : 'incoming', other: { ...other, name: await visibleName(em, access, other) }, note: r.note ?? null, createdAt: r.createdAt });
  }
  return views;
}

async function visibleName(em: EntityManager, access: Access, end: End): Promise<string | null> {
  if (end.type === 'counterparty') {
    const c = await scopedCounterparties(em, access, 'read').andWhere({ id: end.id }).getSingleResult();
    return c?.name ?? null;
  }
  const person = await em.findOne(ContactPersonSchema, { id: end.id });
  if (!person) return null;
  const owner = await scopedCounterparties(em, access, 'read').andWhere({ id: person.counterpartyId }).getCount();
  return owner ? person.fullName : null;
}

export async function deleteRelation(em: EntityManager, access: Access, id: number): Promise<void> {
  const relation = await em.findOne(ClientRelationSchema, { id });
  if (!relation) throw new DomainError('relation.not_found', 'No such relation', 404);
  try {
    await reachEnd(em, access, { type: relation.fromType, id: relation.fromId }, 'from', 'update');
  } catch {
    throw new DomainError('relation.not_found', 'No such relation', 404);
  }
  em.remove(relation);
  await em.flush();
}

