import type { EntityManager } from '@mikro-orm/postgresql';
import { UserSchema } from '../../access/index.ts';
import { CounterpartySchema } from '../../clients/index.ts';
import type { Deal } from './deal.entity.ts';

/** Client and responsible names of listed deals, so an exported table reads without ids. */
export async function dealNames(em: EntityManager, deals: Deal[]): Promise<{ clients: Map<number, string>; users: Map<number, string> }> {
  const clientIds = [...new Set(deals.map((d) => d.counterpartyId))];
  const userIds = [...new Set(deals.flatMap((d) => (d.responsibleId ? [d.responsibleId] : [])))];
  const [clients, users] = await Promise.all([
    clientIds.length ? em.find(CounterpartySchema, { id: { $in: clientIds } }, { fields: ['id', 'name'] }) : [],
    userIds.length ? em.find(UserSchema, { id: { $in: userIds } }, { fields: ['id', 'displayName'] }) : [],
  ]);
  return { clients: new Map(clients.map((c) => [c.id, c.name])), users: new Map(users.map((u) => [u.id, u.displayName])) };
}
