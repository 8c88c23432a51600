import type { EntityManager } from '@mikro-orm/postgresql';
import { UserSchema } from '../access/index.ts';
import { CounterpartySchema } from '../clients/index.ts';
import type { IncomingRequest } from './incoming-request.entity.ts';

export interface RequestNames {
  people: Map<number, string>;
  clients: Map<number, string>;
}

/**
 * Who a request is for and which client it is about, by name, for a page of requests (two
 * queries). The rows are already within the asker's reach, so their names are too.
 */
export async function requestNames(em: EntityManager, rows: IncomingRequest[]): Promise<RequestNames> {
  const userIds = [...new Set(rows.map((r) => r.addresseeId))];
  const clientIds = [...new Set(rows.flatMap((r) => (r.counterpartyId ? [r.counterpartyId] : [])))];
  const users = userIds.length ? await em.find(UserSchema, { id: { $in: userIds } }, { fields: ['id', 'displayName'] }) : [];
  const clients = clientIds.length ? await em.find(CounterpartySchema, { id: { $in: clientIds } }, { fields: ['id', 'name'] }) : [];
  return { people: new Map(users.map((u) => [u.id, u.displayName])), clients: new Map(clients.map((c) => [c.id, c.name])) };
}
