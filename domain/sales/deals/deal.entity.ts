import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const dealStatuses = ['open', 'won', 'lost'] as const;
export type DealStatus = (typeof dealStatuses)[number];
export const dealContactRoles = ['decision_maker', 'influencer', 'user', 'gatekeeper', 'other'] as const;

export interface DealContact {
  contactId: number;
  role: (typeof dealContactRoles)[number];
}

export interface DealProduct {
  productId: number;
  qty: number;
}

/**
 * A sales opportunity with one client. Its stage and outcome are not edited: they follow the
 * Sales process instance (`workflowId`) that every deal runs (see the migration's trigger).
 */
export const DealSchema = defineEntity({
  name: 'Deal',
  tableName: 'deal',
  properties: {
    id: p.integer().primary().autoincrement(),
    title: p.string().length(300),
    counterpartyId: p.integer(),
    contacts: p.json<DealContact[]>(),
    /** Minor units of `currency`. */
    amount: p.bigint('number'),
    currency: p.string().length(3),
    products: p.json<DealProduct[]>(),
    expectedCloseDate: p.string().columnType('date').nullable(),
    responsibleId: p.integer().nullable(),
    teamId: p.integer().nullable(),
    competitors: p.json<string[]>(),
    lostReason: p.string().length(300).nullable(),
    source: p.string().length(100).nullable(),
    leadId: p.integer().nullable(),
    processKey: p.string().length(64),
    workflowId: p.string().length(200).nullable(),
    stage: p.string().length(200).nullable(),
    status: p.string().length(10).$type<DealStatus>().default('open'),
    closedAt: p.datetime().nullable(),
    creationKey: p.string().length(200).nullable(),
    createdBy: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});
export type Deal = InferEntity<typeof DealSchema>;
