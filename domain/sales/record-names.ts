import type { EntityManager } from '@mikro-orm/postgresql';
import { UserSchema } from '../access/index.ts';
import { CounterpartySchema } from '../clients/index.ts';
import { ProductSchema } from './catalogue.entities.ts';
import { DealSchema } from './deals/deal.entity.ts';

export interface RecordNames {
  deals: Map<number, string>;
  clients: Map<number, string>;
  users: Map<number, string>;
  products: Map<number, string>;
}

type Ids = Partial<Record<keyof RecordNames, (number | null | undefined)[]>>;

const unique = (ids: (number | null | undefined)[] = []) => [...new Set(ids.filter((id): id is number => typeof id === 'number'))];

/**
 * Deal titles, client, user and product names of listed rows, one query per kind, so an
 * exported table reads without ids. The rows were already read within the asker's reach.
 */
export async function recordNames(em: EntityManager, ids: Ids): Promise<RecordNames> {
  const [deals, clients, users, products] = await Promise.all([
    unique(ids.deals).length ? em.fork().find(DealSchema, { id: { $in: unique(ids.deals) } }, { fields: ['id', 'title'] }) : [],
    unique(ids.clients).length ? em.fork().find(CounterpartySchema, { id: { $in: unique(ids.clients) } }, { fields: ['id', 'name'] }) : [],
    unique(ids.users).length ? em.fork().find(UserSchema, { id: { $in: unique(ids.users) } }, { fields: ['id', 'displayName'] }) : [],
    unique(ids.products).length ? em.fork().find(ProductSchema, { id: { $in: unique(ids.products) } }, { fields: ['id', 'name'] }) : [],
  ]);
  return {
    deals: new Map(deals.map((d) => [d.id, d.title])),
    clients: new Map(clients.map((c) => [c.id, c.name])),
    users: new Map(users.map((u) => [u.id, u.displayName])),
    products: new Map(products.map((p) => [p.id, p.name])),
  };
}
