import type { EntityManager } from '@mikro-orm/postgresql';
import { requireScope, type Access } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import { StaleVersionError } from '../counterparties/counterparties.service.ts';
import { filteredCounterparties, listCounterparties, type CounterpartyFilter, type ListQuery } from '../counterparties/list.service.ts';
import { compileRule } from './compile.ts';
import type { SegmentRule } from './rules.ts';
import { SegmentSchema, type Segment } from './segment.entity.ts';

export interface SegmentInput {
  name: string;
  description?: string | null;
  rules: SegmentRule;
}

/** Segments are shared definitions; who sees which members is decided by each reader's scope. */
export async function listSegments(em: EntityManager, access: Access): Promise<Segment[]> {
  requireScope(access, 'read', 'Counterparty');
  return em.find(SegmentSchema, {}, { orderBy: { name: 'asc', id: 'asc' }, limit: 1000 });
}

export async function getSegment(em: EntityManager, access: Access, id: number): Promise<Segment> {
  requireScope(access, 'read', 'Counterparty');
  const s = await em.findOne(SegmentSchema, { id });
  if (!s) throw new DomainError('segment.not_found', 'No such segment', 404);
  return s;
}

export async function createSegment(em: EntityManager, access: Access, input: SegmentInput): Promise<Segment> {
  requireScope(access, 'read', 'Counterparty');
  const s = em.create(SegmentSchema, { name: input.name, description: input.description ?? null, rules: input.rules, ownerId: access.userId });
  await em.flush();
  return s;
}

/** Only the owner or an admin changes or deletes a segment others may rely on. */
function assertOwner(access: Access, s: Segment): void {
  if (s.ownerId !== access.userId && !access.roles.includes('admin')) {
    throw new DomainError('segment.not_owner', 'Only the owner of the segment or an admin may change it', 403);
  }
}

export async function updateSegment(em: EntityManager, access: Access, id: number, input: SegmentInput, expected: number): Promise<Segment> {
  return em.transactional(async (tx) => {
    const s = await getSegment(tx, access, id);
    assertOwner(access, s);
    if (s.version !== expected) throw new StaleVersionError(s as never, 'segment');
    tx.assign(s, { name: input.name, description: input.description ?? null, rules: input.rules });
    await tx.flush();
    return s;
  });
}

export async function deleteSegment(em: EntityManager, access: Access, id: number, expected: number): Promise<void> {
  await em.transactional(async (tx) => {
    const s = await getSegment(tx, access, id);
    assertOwner(access, s);
    if (s.version !== expected) throw new StaleVersionError(s as never, 'segment');
    tx.remove(s);
    await tx.flush();
  });
}

const memberFilter = (s: Segment, extra: CounterpartyFilter = {}): CounterpartyFilter => ({ ...extra, where: compileRule(s.rules) });

/** One page of the members the reader may see. */
export async function segmentMembers(em: EntityManager, access: Access, id: number, query: ListQuery) {
  const s = await getSegment(em, access, id);
  return listCounterparties(em, access, { ...query, ...memberFilter(s) });
}

/** How many members the reader may see. */
export async function segmentCount(em: EntityManager, access: Access, id: number): Promise<number> {
  const s = await getSegment(em, access, id);
  return filteredCounterparties(em, access, memberFilter(s)).getCount();
}

/** The filter of a segment's members, for exports and bulk operations. */
export async function segmentFilter(em: EntityManager, access: Access, id: number): Promise<CounterpartyFilter> {
  return memberFilter(await getSegment(em, access, id));
}
