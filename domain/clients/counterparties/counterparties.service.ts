import type { EntityManager } from '@mikro-orm/postgresql';
import { changeAuthor, type Access } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import { recordChanges } from '../history/history.service.ts';
import { CounterpartySchema, type Counterparty } from './counterparty.entity.ts';
import type { CounterpartyCreate, CounterpartyPatch } from './counterparty.input.ts';
import { assertParent, responsibleTeam } from './references.ts';
import { assertStillReachable, visibleCounterparty } from './scoped.ts';
import { searchText } from './search-text.ts';
import { snapshot } from './snapshot.ts';

/** An edit based on an old version: carries the current record for the answer. */
export class StaleVersionError extends DomainError {
  constructor(readonly current: Counterparty | Record<string, unknown>, what = 'record') {
    super('conflict.stale_version', `The ${what} was changed by someone else; here is the current version`, 412);
  }
}

const history = (c: Counterparty, access: Access) => ({ recordType: 'counterparty' as const, recordId: c.id, counterpartyId: c.id, ...changeAuthor(access) });

/** Creates a counterparty in the caller's transaction; the creator is responsible unless named. */
export async function createCounterparty(em: EntityManager, access: Access, input: CounterpartyCreate): Promise<Counterparty> {
  const responsibleId = input.responsibleId ?? access.userId;
  const teamId = await responsibleTeam(em, responsibleId);
  if (input.parentId) await assertParent(em, access, input.parentId);
  const c = em.create(CounterpartySchema, {
    ...input,
    legalName: input.legalName ?? null,
    parentId: input.parentId ?? null,
    taxId: input.taxId ?? null,
    taxIdKind: input.taxId ? (input.taxIdKind ?? null) : null,
    website: input.website ?? null,
    industry: input.industry ?? null,
    region: input.region ?? null,
    size: input.size ?? null,
    source: input.source ?? null,
    responsibleId,
    teamId,
    searchText: searchText({ ...input, phones: input.phones, emails: input.emails }),
    createdBy: access.userId,
  });
  await em.flush();
  recordChanges(em, history(c, access), 'create', {}, snapshot(c));
  await em.flush();
  await assertStillReachable(em, access, [c.id]);
  return c;
}

export function getCounterparty(em: EntityManager, access: Access, id: number): Promise<Counterparty> {
  return visibleCounterparty(em, access, id, 'read');
}

/** Applies a patch to a loaded, locked record, with history; the caller flushes. */
export async function applyPatch(em: EntityManager, access: Access, c: Counterparty, patch: CounterpartyPatch): Promise<void> {
  const before = snapshot(c);
  if (patch.parentId) await assertParent(em, access, patch.parentId, c.id);
  if (patch.responsibleId !== undefined) {
    c.teamId = patch.responsibleId === null ? null : await responsibleTeam(em, patch.responsibleId);
  }
  if (patch.taxId === null) patch.taxIdKind = null;
  em.assign(c, patch);
  c.searchText = searchText(c);
  recordChanges(em, history(c, access), 'update', before, snapshot(c));
}

/** Updates under optimistic locking: `expected` is the version the editor read. */
export async function updateCounterparty(em: EntityManager, access: Access, id: number, patch: CounterpartyPatch, expected: number): Promise<Counterparty> {
  return em.transactional(async (tx) => {
    const c = await visibleCounterparty(tx, access, id, 'update', true);
    if (c.version !== expected) throw new StaleVersionError(c, 'counterparty');
    await applyPatch(tx, access, c, patch);
    await tx.flush();
    await assertStillReachable(tx, access, [c.id]);
    return c;
  });
}

export async function deleteCounterparty(em: EntityManager, access: Access, id: number, expected: number): Promise<void> {
  await em.transactional(async (tx) => {
    const c = await visibleCounterparty(tx, access, id, 'delete', true);
    if (c.version !== expected) throw new StaleVersionError(c, 'counterparty');
    recordChanges(tx, history(c, access), 'delete', snapshot(c), {});
    tx.remove(c);
    await tx.flush();
  });
}
