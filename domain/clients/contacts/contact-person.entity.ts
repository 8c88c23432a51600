import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { Email, Messenger, Phone } from '../counterparties/counterparty.entity.ts';

export const decisionRoles = ['decision_maker', 'influencer', 'user', 'gatekeeper'] as const;
export const channels = ['phone', 'email', 'messenger', 'meeting', 'sms'] as const;

/** A person at a counterparty; visible to whoever may see the counterparty. */
export const ContactPersonSchema = defineEntity({
  name: 'ContactPerson',
  tableName: 'contact_person',
  properties: {
    id: p.integer().primary().autoincrement(),
    counterpartyId: p.integer().index(),
    fullName: p.string().length(300),
    position: p.string().length(200).nullable(),
    decisionRole: p.enum(decisionRoles).nullable(),
    phones: p.json<Phone[]>(),
    emails: p.json<Email[]>(),
    messengers: p.json<Messenger[]>(),
    /** ISO date `YYYY-MM-DD`, kept as text so no time zone ever shifts it. */
    birthday: p.string().length(10).nullable(),
    preferredChannel: p.enum(channels).nullable(),
    note: p.string().length(2000).nullable(),
    /** The person to reach first; at most one per counterparty (a partial unique index). */
    isPrimary: p.boolean().default(false),
    createdBy: p.integer().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});

export type ContactPerson = InferEntity<typeof ContactPersonSchema>;
