import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeOf, UserSchema, type Access } from '../access/index.ts';
import { CounterpartySchema, scopedCounterparties } from '../clients/index.ts';
import { ProductSchema } from './catalogue.entities.ts';
import { DealSchema } from './deals/deal.entity.ts';
import { dealsInReach } from './deals/deals.service.ts';

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

/** A business record as a process names it (`client` / `deal` and the id as text). */
type RecordRef = { type: string; id: string } | null;

/**
 * Names of the clients and deals that processes run for, for a reader who may see an instance
 * without reaching its record (they work in one step of it): only records in the reader's reach
 * get a name, the rest stay unnamed as their pages answer 404. Two queries for a whole page.
 */
export async function reachableRecordNames(em: EntityManager, access: Access, records: RecordRef[]): Promise<(record: RecordRef) => string | null> {
  const ids = (type: string) => unique(records.filter((r) => r?.type === type).map((r) => (/^\d+$/.test(r!.id) ? Number(r!.id) : null)));
  // Deals reach like their clients: a reader whose roles read no clients (a process owner) names neither.
  const [clientIds, dealIds] = scopeOf(access.ability, 'read', 'Counterparty') ? [ids('client'), ids('deal')] : [[], []];
  const [clients, deals] = await Promise.all([
    clientIds.length ? scopedCounterparties(em.fork(), access).andWhere({ id: { $in: clientIds } }).getResult() : [],
    dealIds.length ? dealsInReach(em.fork(), access).andWhere({ id: { $in: dealIds } }).getResult() : [],
  ]);
  const names: Record<string, Map<string, string>> = {
    client: new Map(clients.map((c) => [String(c.id), c.name])),
    deal: new Map(deals.map((d) => [String(d.id), d.title])),
  };
  return (record) => (record ? (names[record.type]?.get(record.id) ?? null) : null);
}
