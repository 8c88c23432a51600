import type { EntityManager } from '@mikro-orm/postgresql';
import { loadAccess, requireScope } from '../access/index.ts';
import { scopedCounterparties } from '../clients/index.ts';
import { DomainError } from '../errors.ts';

export interface Viewer {
  id: number;
  roles: string[];
}

/**
 * "Only my clients" for sales records: invoices, payments, documents and deals follow the reach
 * the clients module grants over their counterparty (own for a sales manager, the team's for a
 * head of sales, all for admins, marketers and analysts). Records without a counterparty belong
 * to no one and are seen by all sales staff. Returns the counterparty ids in reach, or null for "all".
 */
export async function clientsInReach(em: EntityManager, viewer: Viewer): Promise<number[] | null> {
  const access = await loadAccess(em, viewer);
  if (requireScope(access, 'read', 'Counterparty') === 'all') return null;
  const rows = await scopedCounterparties(em, access, 'read').select('c.id').execute<{ id: number }[]>('all');
  return rows.map((c) => c.id);
}

/** A filter on `counterpartyId` that keeps what the viewer may see. */
export async function reachFilter(em: EntityManager, viewer: Viewer): Promise<object> {
  const ids = await clientsInReach(em, viewer);
  return ids === null ? {} : { $or: [{ counterpartyId: null }, { counterpartyId: { $in: ids } }] };
}

/** Refuses a record of a client out of reach as if it did not exist (404), or a new link to one (422). */
export async function checkReach(em: EntityManager, viewer: Viewer, counterpartyId: number | null | undefined, what: 'record' | 'link' = 'record'): Promise<void> {
  if (!counterpartyId) return;
  const ids = await clientsInReach(em, viewer);
  if (ids === null || ids.includes(counterpartyId)) return;
  if (what === 'link') throw new DomainError('counterparty.unknown', 'No such counterparty', 422, ['counterpartyId']);
  throw new DomainError('not_found', 'Not found', 404);
}
