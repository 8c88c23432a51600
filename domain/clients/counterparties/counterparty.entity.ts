import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const counterpartyKinds = ['company', 'person'] as const;
export const counterpartyStatuses = ['lead', 'prospect', 'client', 'former'] as const;
export const counterpartySizes = ['micro', 'small', 'medium', 'large', 'enterprise'] as const;
export const relationshipTypes = ['client', 'prospect', 'supplier', 'partner', 'competitor'] as const;
export const taxIdKinds = ['edrpou', 'ipn', 'other'] as const;

const currentClass = (column: 'abc' | 'xyz', id: string | undefined) => `(select k.${column} from client_current_class k where k.counterparty_id = ${id})`;

export type CounterpartyStatus = (typeof counterpartyStatuses)[number];

export interface Phone { number: string; label?: string }
export interface Email { address: string; label?: string }
export interface Messenger { kind: string; handle: string }
export interface Address { kind?: string; text: string; country?: string }
export interface RegistrationId { kind: string; value: string }

/**
 * A business partner: client, prospect, supplier, partner or competitor (several at once).
 * Our own companies for accounting are `LegalEntity`, kept apart. `parentId` builds groups
 * of companies; `division` marks an independent division of its parent.
 */
export const CounterpartySchema = defineEntity({
  name: 'Counterparty',
  tableName: 'counterparty',
  properties: {
    id: p.integer().primary().autoincrement(),
    kind: p.enum(counterpartyKinds),
    name: p.string().length(300),
    legalName: p.string().length(500).nullable(),
    relationships: p.json<string[]>(),
    parentId: p.integer().nullable().index(),
    division: p.boolean().default(false),
    taxId: p.string().length(20).nullable().index(),
    taxIdKind: p.enum(taxIdKinds).nullable(),
    registrationIds: p.json<RegistrationId[]>(),
    addresses: p.json<Address[]>(),
    phones: p.json<Phone[]>(),
    emails: p.json<Email[]>(),
    messengers: p.json<Messenger[]>(),
    website: p.string().length(500).nullable(),
    industry: p.string().length(120).nullable(),
    region: p.string().length(120).nullable(),
    size: p.enum(counterpartySizes).nullable(),
    status: p.enum(counterpartyStatuses).default('lead'),
    source: p.string().length(120).nullable(),
    tags: p.json<string[]>(),
    responsibleId: p.integer().nullable().index(),
    teamId: p.integer().nullable().index(),
    /** Lower-cased name, tax id, phone digits and e-mails for trigram search; derived on save. */
    searchText: p.text().default(''),
    /** Set when merged into another record: this row stays as a tombstone pointing at the survivor. */
    mergedIntoId: p.integer().nullable(),
    /**
     * Current ABC and XYZ class, read from `client_current_class` (written in bulk by the last
     * recalculation, history in `client_class`): storing them here rewrote every client row.
     */
    abcClass: p.string().formula((cols) => currentClass('abc', cols.id)).nullable(),
    xyzClass: p.string().formula((cols) => currentClass('xyz', cols.id)).nullable(),
    createdBy: p.integer().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});

export type Counterparty = InferEntity<typeof CounterpartySchema>;
