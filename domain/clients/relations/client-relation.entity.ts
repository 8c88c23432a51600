import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const relationKinds = ['parent_company', 'partner', 'competitor', 'supplier', 'influences'] as const;
export const relationEnds = ['counterparty', 'contact'] as const;
export type RelationEnd = (typeof relationEnds)[number];

/** A directed link between two counterparties or persons; both ends see it. */
export const ClientRelationSchema = defineEntity({
  name: 'ClientRelation',
  tableName: 'client_relation',
  properties: {
    id: p.integer().primary().autoincrement(),
    fromType: p.enum(relationEnds),
    fromId: p.integer(),
    toType: p.enum(relationEnds),
    toId: p.integer(),
    kind: p.enum(relationKinds),
    note: p.string().length(1000).nullable(),
    createdBy: p.integer().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type ClientRelation = InferEntity<typeof ClientRelationSchema>;
