import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeOf, type Access } from '../access/index.ts';
import { ReminderSchema, scopedInteractions, type Interaction, type Reminder } from '../interactions/index.ts';
import { DEFAULT_PRIORITY, type InboxFilter, type InboxItem } from './inbox.types.ts';

type Filter = Omit<InboxFilter, 'sort' | 'limit'>;

/** Contacts and reminders are one's own work: they appear in "mine" and (when late) "overdue" only. */
const hasContacts = (f: Filter) => (f.view === 'mine' || f.view === 'overdue') && !f.processKey;

/** My planned contacts within my reach (the interactions query's own scope), late ones too. */
function contactQuery(em: EntityManager, access: Access, f: Filter) {
  const qb = scopedInteractions(em, access, 'read').andWhere({ responsibleId: access.userId, state: 'planned' });
  if (f.view === 'overdue') qb.andWhere('i.at < now()');
  if (f.counterpartyId) qb.andWhere({ counterpartyId: f.counterpartyId });
  return qb;
}

/** My reminders still to ring that stand alone (a contact's reminder is the contact itself). */
function reminderQuery(em: EntityManager, access: Access, f: Filter) {
  return em
    .createQueryBuilder(ReminderSchema, 'r')
    .select('*')
    .where({ userId: access.userId, state: 'scheduled', interactionId: null, ...(f.counterpartyId ? { counterpartyId: f.counterpartyId } : {}) });
}

// A role without any grant on interactions has no contacts to work (and the query would refuse).
const mayReadContacts = (access: Access) => !!scopeOf(access.ability, 'read', 'Interaction');

export async function contactRows(em: EntityManager, access: Access, f: InboxFilter): Promise<{ contacts: Interaction[]; reminders: Reminder[] }> {
  if (!hasContacts(f)) return { contacts: [], reminders: [] };
  const contacts = mayReadContacts(access) ? await contactQuery(em, access, f).orderBy([{ at: 'asc' }, { id: 'asc' }]).limit(f.limit).getResult() : [];
  const reminders = f.view === 'mine' ? await reminderQuery(em, access, f).orderBy([{ at: 'asc' }, { id: 'asc' }]).limit(f.limit).getResult() : [];
  return { contacts, reminders };
}

export async function countContacts(em: EntityManager, access: Access, f: Filter): Promise<number> {
  if (!hasContacts(f)) return 0;
  const contacts = mayReadContacts(access) ? await contactQuery(em, access, f).getCount() : 0;
  const reminders = f.view === 'mine' ? await reminderQuery(em, access, f).getCount() : 0;
  return contacts + reminders;
}

export function contactItem(i: Interaction, now: Date): InboxItem {
  return {
    kind: 'contact',
    id: String(i.id),
    title: i.subject,
    due: i.at,
    overdue: i.at.getTime() < now.getTime(),
    priority: DEFAULT_PRIORITY,
    detail: i.kind,
    assigneeId: i.responsibleId,
    process: null,
    client: null,
    deal: null,
  };
}

export function reminderItem(r: Reminder): InboxItem {
  return {
    kind: 'reminder',
    id: String(r.id),
    title: r.text,
    due: r.at,
    overdue: false,
    priority: DEFAULT_PRIORITY,
    detail: 'scheduled',
    assigneeId: r.userId,
    process: null,
    client: null,
    deal: null,
  };
}
