import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A sales team: the unit of the "team" row-level scope. Its head sees what the members own. */
export const TeamSchema = defineEntity({
  name: 'Team',
  tableName: 'team',
  properties: {
    id: p.integer().primary().autoincrement(),
    name: p.string().length(200).unique(),
    headId: p.integer().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    version: p.integer().version(),
  },
});

export type Team = InferEntity<typeof TeamSchema>;
