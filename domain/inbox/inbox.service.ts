import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../access/index.ts';
import { CounterpartySchema } from '../clients/index.ts';
import { ProcessDefinitionSchema } from '../processes/index.ts';
import { DealSchema } from '../sales/index.ts';
import { contactItem, contactRows, countContacts, reminderItem } from './contact-items.ts';
import { inboxViews, type InboxFilter, type InboxItem, type InboxView } from './inbox.types.ts';
import { countTasks, taskItem, taskLinks, taskRows } from './task-items.ts';

const dueOf = (i: InboxItem) => i.due?.getTime() ?? Number.POSITIVE_INFINITY;
const byDue = (a: InboxItem, b: InboxItem) => dueOf(a) - dueOf(b) || b.priority - a.priority;
const byPriority = (a: InboxItem, b: InboxItem) => b.priority - a.priority || dueOf(a) - dueOf(b);

/**
 * One work queue: the actor's process tasks, planned contacts and reminders of a view, in the
 * order asked for. Each source is queried with its own access rules, so nothing outside the
 * actor's reach is loaded.
 */
export async function listInbox(em: EntityManager, access: Access, filter: InboxFilter): Promise<InboxItem[]> {
  const actor = { id: access.userId, roles: access.roles };
  const now = new Date();
  const [tasks, { contacts, reminders }] = await Promise.all([taskRows(em, actor, filter), contactRows(em.fork(), access, filter)]);
  const items = [...tasks.map((t) => taskItem(t, actor, now)), ...contacts.map((c) => contactItem(c, now)), ...reminders.map(reminderItem)];
  items.sort(filter.sort === 'priority' ? byPriority : byDue);
  const page = items.slice(0, filter.limit);
  await nameProcesses(em, page);
  await nameLinks(em, page, {
    task: new Map(tasks.map((t) => [t.id, taskLinks(t)])),
    contact: new Map(contacts.map((c) => [String(c.id), { clientId: c.counterpartyId ?? null, dealId: null }])),
    reminder: new Map(reminders.map((r) => [String(r.id), { clientId: r.counterpartyId ?? null, dealId: null }])),
  });
  return page;
}

/** How many items each view holds (same filters as the list). */
export async function inboxCounts(em: EntityManager, access: Access, filter: Omit<InboxFilter, 'view' | 'sort' | 'limit'>): Promise<Record<InboxView, number>> {
  const actor = { id: access.userId, roles: access.roles };
  const counts = await Promise.all(
    inboxViews.map(async (view) => (await countTasks(em.fork(), actor, { ...filter, view })) + (await countContacts(em.fork(), access, { ...filter, view }))),
  );
  return Object.fromEntries(inboxViews.map((v, i) => [v, counts[i]!])) as Record<InboxView, number>;
}

type Links = Record<InboxItem['kind'], Map<string, { clientId: number | null; dealId: number | null }>>;

/** Fills in client and deal names for a page with two queries. */
async function nameLinks(em: EntityManager, items: InboxItem[], links: Links): Promise<void> {
  const of = (i: InboxItem) => links[i.kind].get(i.id) ?? { clientId: null, dealId: null };
  const dealIds = [...new Set(items.map((i) => of(i).dealId).filter((id): id is number => id !== null))];
  const deals = dealIds.length ? await em.find(DealSchema, { id: { $in: dealIds } }, { fields: ['id', 'title', 'counterpartyId'] }) : [];
  const dealById = new Map(deals.map((d) => [d.id, d]));
  const clientOf = (i: InboxItem) => of(i).clientId ?? (of(i).dealId !== null ? (dealById.get(of(i).dealId!)?.counterpartyId ?? null) : null);
  const clientIds = [...new Set(items.map(clientOf).filter((id): id is number => id !== null))];
  const clients = clientIds.length ? await em.find(CounterpartySchema, { id: { $in: clientIds } }, { fields: ['id', 'name'] }) : [];
  const clientById = new Map(clients.map((c) => [c.id, c]));
  for (const item of items) {
    const deal = of(item).dealId !== null ? dealById.get(of(item).dealId!) : undefined;
    const client = clientById.get(clientOf(item) ?? -1);
    item.deal = deal ? { id: deal.id, name: deal.title } : null;
    item.client = client ? { id: client.id, name: client.name } : null;
  }
}

/** Process names as their owners wrote them (the key stays when a definition has none). */
async function nameProcesses(em: EntityManager, items: InboxItem[]): Promise<void> {
  const keys = [...new Set(items.flatMap((i) => (i.process ? [i.process.key] : [])))];
  if (!keys.length) return;
  const names = new Map((await em.find(ProcessDefinitionSchema, { key: { $in: keys } }, { fields: ['key', 'name'] })).map((d) => [d.key, d.name]));
  for (const item of items) if (item.process) item.process.name = names.get(item.process.key) || item.process.key;
}
