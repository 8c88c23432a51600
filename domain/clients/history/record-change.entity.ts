import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * One changed field of a counterparty, contact or deal, written in the same transaction as the
 * change. `counterpartyId` groups a contact's changes under its company for the dossier.
 */
export const RecordChangeSchema = defineEntity({
  name: 'RecordChange',
  tableName: 'record_change',
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    recordType: p.enum(['counterparty', 'contact', 'deal'] as const),
    recordId: p.integer(),
    counterpartyId: p.integer(),
    action: p.enum(['create', 'update', 'delete', 'merge'] as const),
    field: p.string().length(100),
    oldValue: p.json<unknown>().nullable(),
    newValue: p.json<unknown>().nullable(),
    actorId: p.integer().nullable(),
    /** The process instance that made the change (its step "update record"); null for people. */
    workflowId: p.string().length(200).nullable(),
    changedAt: p.datetime(),
  },
});

export type RecordChange = InferEntity<typeof RecordChangeSchema>;
