import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** One of our own companies that signs contracts and issues invoices (accounting side). */
export const LegalEntitySchema = defineEntity({
  name: 'LegalEntity',
  tableName: 'legal_entity',
  properties: {
    id: p.integer().primary().autoincrement(),
    name: p.string().length(300),
    taxId: p.string().length(20).nullable(),
    registrationId: p.string().length(40).nullable(),
    address: p.string().length(500).nullable(),
    vatPayer: p.boolean().default(false),
    active: p.boolean().default(true),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});

export type LegalEntity = InferEntity<typeof LegalEntitySchema>;
