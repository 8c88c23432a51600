import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import { applyPatch, StaleVersionError } from '../counterparties/counterparties.service.ts';
import type { Counterparty } from '../counterparties/counterparty.entity.ts';
import type { CounterpartyPatch } from '../counterparties/counterparty.input.ts';
import { assertStillReachable, visibleCounterparty } from '../counterparties/scoped.ts';
import { recordChanges } from '../history/history.service.ts';
import './builtin-steps.ts';
import { fieldPlan, type FieldChange } from './field-plan.ts';
import { mergeSteps } from './merge-steps.ts';

export interface MergePreview {
  survivor: Counterparty;
  merged: Counterparty;
  /** Survivor fields the merge fills or extends from the merged record. */
  fields: FieldChange[];
  /** How many linked records each registered step moves. */
  moves: { name: string; count: number }[];
  /** ETag over both versions; the merge needs it as If-Match. */
  etag: string;
}

export const mergeEtag = (survivor: number, merged: number) => `W/"${survivor}.${merged}"`;

/** Both versions from an If-Match made by `mergeEtag`, or a 400. */
export function parseMergeEtag(header: string): [number, number] {
  const m = /^(?:W\/)?"(\d+)\.(\d+)"$/.exec(header.trim());
  if (!m) throw new DomainError('bad_if_match', 'If-Match must be the ETag of the merge preview, e.g. W/"3.5"', 400);
  return [Number(m[1]), Number(m[2])];
}

async function pair(em: EntityManager, access: Access, survivorId: number, mergedId: number, lock: boolean) {
  if (survivorId === mergedId) throw new DomainError('merge.same_record', 'A record cannot be merged into itself', 422, ['merged']);
  // Ordered locking (lower id first) so two opposite merges cannot deadlock.
  const [first, second] = survivorId < mergedId ? [survivorId, mergedId] : [mergedId, survivorId];
  const a = await visibleCounterparty(em, access, first, 'update', lock);
  const b = await visibleCounterparty(em, access, second, 'update', lock);
  return a.id === survivorId ? { survivor: a, merged: b } : { survivor: b, merged: a };
}

async function preview(em: EntityManager, survivor: Counterparty, merged: Counterparty): Promise<MergePreview> {
  const moves = [];
  for (const step of mergeSteps()) moves.push({ name: step.name, count: await step.count(em, merged.id, survivor.id) });
  return { survivor, merged, fields: fieldPlan(survivor, merged), moves, etag: mergeEtag(survivor.version, merged.version) };
}

/** What a merge would do, without doing it; both records must be within the actor's reach. */
export async function mergePreview(em: EntityManager, access: Access, survivorId: number, mergedId: number): Promise<MergePreview> {
  const { survivor, merged } = await pair(em, access, survivorId, mergedId, false);
  return preview(em, survivor, merged);
}

/**
 * Merges in one transaction: fills the survivor's fields, moves every linked record through
 * the registered steps, logs the merge on both records and leaves the merged one as a
 * tombstone pointing at the survivor. Refused (412) when either record changed since the preview.
 */
export async function mergeCounterparties(em: EntityManager, access: Access, survivorId: number, mergedId: number, expected: [number, number]): Promise<MergePreview> {
  return em.transactional(async (tx) => {
    const { survivor, merged } = await pair(tx, access, survivorId, mergedId, true);
    if (survivor.version !== expected[0]) throw new StaleVersionError(survivor, 'survivor');
    if (merged.version !== expected[1]) throw new StaleVersionError(merged, 'merged record');
    const plan = await preview(tx, survivor, merged);
    const patch = Object.fromEntries(plan.fields.map((f) => [f.field, f.to])) as CounterpartyPatch;
    if (plan.fields.length) await applyPatch(tx, access, survivor, patch);
    for (const step of mergeSteps()) await step.move(tx, merged.id, survivor.id);
    merged.mergedIntoId = survivor.id;
    const log = { mergedId: merged.id, mergedName: merged.name, survivorId: survivor.id, moved: plan.moves };
    recordChanges(tx, { recordType: 'counterparty', recordId: survivor.id, counterpartyId: survivor.id, actorId: access.userId }, 'merge', {}, { mergedFrom: log });
    recordChanges(tx, { recordType: 'counterparty', recordId: merged.id, counterpartyId: survivor.id, actorId: access.userId }, 'merge', {}, { mergedInto: log });
    await tx.flush();
    await assertStillReachable(tx, access, [survivor.id]);
    return { ...plan, survivor, merged };
  });
}
