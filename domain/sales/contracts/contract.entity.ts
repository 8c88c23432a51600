import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A contract with a client, valid from one date to another (open-ended without `validTo`).
 * Its responsible is reminded `remindDaysBefore` days before it ends by a durable timer
 * (workflow `contract-expiry-<id>`); `remindedFor` is the reminder time already notified, so
 * a retried or stale timer never notifies twice.
 */
export const ContractSchema = defineEntity({
  name: 'Contract',
  tableName: 'contract',
  properties: {
    id: p.integer().primary().autoincrement(),
    number: p.string().length(60).unique(),
    subject: p.string().length(500).nullable(),
    dealId: p.integer().nullable(),
    counterpartyId: p.integer(),
    responsibleId: p.integer(),
    teamId: p.integer().nullable(),
    documentId: p.integer().nullable(),
    validFrom: p.string().columnType('date'),
    validTo: p.string().columnType('date').nullable(),
    remindDaysBefore: p.integer().default(30),
    /** When the expiry reminder fires (null: open-ended or already expired); the timer checks it. */
    remindAt: p.datetime().nullable(),
    remindedFor: p.datetime().nullable(),
    creationKey: p.string().length(200).nullable(),
    createdBy: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});
export type Contract = InferEntity<typeof ContractSchema>;
