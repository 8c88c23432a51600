import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const processEventTypes = [
  'instance_started',
  'instance_ended',
  'instance_terminated',
  'instance_cancelled',
  'node_entered',
  'node_left',
  'task_created',
  'task_claimed',
  'task_unclaimed',
  'task_delegated',
  'task_completed',
  'task_escalated',
  'timer_fired',
  'message_correlated',
  'incident_raised',
  'incident_resolved',
] as const;
export type ProcessEventType = (typeof processEventTypes)[number];

/**
 * Append-only log of every step: the source of all process statistics. `dedupeKey` comes
 * from the workflow id and the step, so a retried activity never writes an event twice.
 */
export const ProcessEventSchema = defineEntity({
  name: 'ProcessEvent',
  tableName: 'process_event',
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    dedupeKey: p.string().length(300).unique(),
    workflowId: p.string().length(200).index(),
    definitionKey: p.string().length(64),
    versionNumber: p.integer(),
    type: p.enum(processEventTypes),
    nodeId: p.string().length(255).nullable(),
    nodeType: p.string().length(60).nullable(),
    tokenId: p.string().length(100).nullable(),
    taskId: p.string().length(100).nullable(),
    actorId: p.integer().nullable(),
    data: p.json<Record<string, unknown>>().nullable(),
    occurredAt: p.datetime(),
    recordedAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['definitionKey', 'versionNumber', 'nodeId'] }, { properties: ['occurredAt'] }],
});

export type ProcessEvent = InferEntity<typeof ProcessEventSchema>;
