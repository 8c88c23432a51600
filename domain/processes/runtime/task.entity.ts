import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const taskStatuses = ['open', 'completed', 'cancelled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/**
 * A user task in the inbox. Its id is `<workflowId>/<tokenId>`, so a retried "create task"
 * activity finds the same row. Completion goes through the workflow (Temporal Update).
 */
export const TaskSchema = defineEntity({
  name: 'Task',
  tableName: 'task',
  properties: {
    id: p.string().length(320).primary(),
    workflowId: p.string().length(200).index(),
    definitionKey: p.string().length(64),
    versionNumber: p.integer(),
    nodeId: p.string().length(255),
    name: p.string().length(500),
    status: p.enum(taskStatuses).default('open'),
    assigneeId: p.integer().nullable().index(),
    candidateUsers: p.json<number[]>(),
    candidateGroups: p.json<string[]>(),
    delegatedBy: p.integer().nullable(),
    priority: p.integer().default(50),
    dueAt: p.datetime().nullable(),
    followUpAt: p.datetime().nullable(),
    form: p.json<Record<string, unknown>>().nullable(),
    input: p.json<Record<string, unknown>>(),
    result: p.json<Record<string, unknown>>().nullable(),
    recordType: p.string().length(40).nullable(),
    recordId: p.string().length(100).nullable(),
    createdAt: p.datetime(),
    claimedAt: p.datetime().nullable(),
    completedAt: p.datetime().nullable(),
    completedBy: p.integer().nullable(),
    version: p.integer().version(),
  },
  indexes: [{ properties: ['status', 'dueAt'] }],
});

export type Task = InferEntity<typeof TaskSchema>;
