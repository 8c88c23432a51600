import type { EntityManager } from '@mikro-orm/postgresql';
import { requireScope, type Access } from '../../access/index.ts';
import type { ContactPerson } from '../contacts/contact-person.entity.ts';
import { ContactPersonSchema } from '../contacts/contact-person.entity.ts';
import type { Counterparty } from '../counterparties/counterparty.entity.ts';
import { visibleCounterparty } from '../counterparties/scoped.ts';
import { relationsOf, type RelationView } from '../relations/relations.service.ts';
import './builtin-sources.ts';
import { timelineOf, type TimelineEntry } from './timeline.ts';

export interface Dossier {
  counterparty: Counterparty;
  contacts: ContactPerson[];
  relations: RelationView[];
  timeline: TimelineEntry[];
}

/** The card with everything linked, for a counterparty in the actor's reach (else 404). */
export async function dossierOf(em: EntityManager, access: Access, id: number, limit = 200): Promise<Dossier> {
  const counterparty = await visibleCounterparty(em, access, id, 'read');
  const contacts = access.ability.can('read', 'Contact') ? await em.find(ContactPersonSchema, { counterpartyId: id }, { orderBy: { isPrimary: 'desc', fullName: 'asc' } }) : [];
  requireScope(access, 'read', 'Counterparty');
  const relations = await relationsOf(em, access, { type: 'counterparty', id });
  return { counterparty, contacts, relations, timeline: await timelineOf(em, access, id, limit) };
}
