import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A process key (e.g. `sales`) with its numbered, immutable versions. */
export const ProcessDefinitionSchema = defineEntity({
  name: 'ProcessDefinition',
  tableName: 'process_definition',
  properties: {
    key: p.string().length(64).primary(),
    name: p.string().length(300),
    /** The version new instances start with; null until one is chosen or deployed. */
    activeVersion: p.integer().nullable(),
    latestVersion: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});

export type ProcessDefinition = InferEntity<typeof ProcessDefinitionSchema>;
