import type { EntityManager } from '@mikro-orm/postgresql';
import { loadAccess, requireScope } from '../../access/index.ts';
import { visibleCounterparty } from '../../clients/index.ts';
import { DomainError } from '../../errors.ts';
import { DealSchema } from '../deals/deal.entity.ts';
import { visibleDeal } from '../deals/deals.service.ts';

/**
 * Starting a process for a client or a deal is working on that record: the caller needs the
 * right to change client records (read-only roles such as marketers and analysts get a 403),
 * and a client or deal must be within their reach (others answer 404, as everywhere).
 * A deal id the deals table does not know is held to the role only: integrations start
 * processes for deals of pipelines kept elsewhere, and those keep working.
 */
export async function checkStartRecord(em: EntityManager, actor: { id: number; roles: string[] }, record: { type: string; id: string } | null): Promise<void> {
  if (!record || (record.type !== 'client' && record.type !== 'deal')) return;
  const access = await loadAccess(em, actor);
  try {
    requireScope(access, 'update', 'Counterparty');
  } catch {
    throw new DomainError('process.start_forbidden', 'Your roles do not allow starting processes for clients and deals', 403);
  }
  const id = Number(record.id);
  if (record.type === 'deal') {
    if (Number.isInteger(id) && id > 0 && (await em.count(DealSchema, { id }))) await visibleDeal(em, access, id);
    return;
  }
  if (!Number.isInteger(id) || id <= 0) throw new DomainError('counterparty.not_found', 'No such counterparty', 404);
  await visibleCounterparty(em, access, id, 'update');
}
