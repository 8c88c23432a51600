import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import type { CounterpartyStatus } from './counterparty.entity.ts';
import { applyPatch } from './counterparties.service.ts';
import { assertStillReachable, scopedCounterparties } from './scoped.ts';

export type BulkAction =
  | { type: 'assign'; responsibleId: number }
  | { type: 'addTag'; tag: string }
  | { type: 'removeTag'; tag: string }
  | { type: 'setStatus'; status: CounterpartyStatus };

/**
 * Applies one action to a selection in one transaction: every record must be within the
 * actor's reach (else nothing changes), each change is in the history.
 */
export async function bulkUpdate(em: EntityManager, access: Access, ids: number[], action: BulkAction): Promise<{ updated: number }> {
  const unique = [...new Set(ids)];
  return em.transactional(async (tx) => {
    const rows = await scopedCounterparties(tx, access, 'update').andWhere({ id: { $in: unique } }).setLockMode(LockMode.PESSIMISTIC_WRITE).getResult();
    const missing = unique.filter((id) => !rows.some((r) => r.id === id));
    if (missing.length) {
      throw new DomainError('counterparty.not_found', `No such counterparties: ${missing.join(', ')}`, 404, [{ field: 'ids', code: 'not_found', message: 'Not found', params: { ids: missing } }]);
    }
    for (const c of rows) {
      const patch =
        action.type === 'assign' ? { responsibleId: action.responsibleId }
        : action.type === 'setStatus' ? { status: action.status }
        : action.type === 'addTag' ? { tags: c.tags.includes(action.tag) ? c.tags : [...c.tags, action.tag] }
        : { tags: c.tags.filter((t) => t !== action.tag) };
      await applyPatch(tx, access, c, patch);
    }
    await tx.flush();
    await assertStillReachable(tx, access, unique);
    return { updated: rows.length };
  });
}
