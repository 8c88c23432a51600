import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { SegmentRule } from './rules.ts';

/** A saved, dynamic selection of counterparties: its rules are evaluated on every read. */
export const SegmentSchema = defineEntity({
  name: 'Segment',
  tableName: 'segment',
  properties: {
    id: p.integer().primary().autoincrement(),
    name: p.string().length(200),
    description: p.string().length(2000).nullable(),
    rules: p.json<SegmentRule>(),
    ownerId: p.integer().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});

export type Segment = InferEntity<typeof SegmentSchema>;
