import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const instanceStatuses = ['active', 'completed', 'terminated', 'cancelled', 'incident'] as const;
export type InstanceStatus = (typeof instanceStatuses)[number];

/**
 * Projection of one running process (a Temporal workflow). The workflow owns the truth;
 * activities keep this row current so lists, inboxes and BI can query it.
 */
export const ProcessInstanceSchema = defineEntity({
  name: 'ProcessInstance',
  tableName: 'process_instance',
  properties: {
    workflowId: p.string().length(200).primary(),
    definitionKey: p.string().length(64).index(),
    versionNumber: p.integer(),
    /** The business record the process is about: deal, claim, service_request, campaign. */
    recordType: p.string().length(40).nullable(),
    recordId: p.string().length(100).nullable(),
    status: p.enum(instanceStatuses).default('active'),
    /** Flow nodes where tokens wait now; the record's stage follows them. */
    currentNodes: p.json<string[]>(),
    stage: p.string().length(200).nullable(),
    variables: p.json<Record<string, unknown>>(),
    startedBy: p.integer().nullable(),
    startedAt: p.datetime(),
    endedAt: p.datetime().nullable(),
    parentWorkflowId: p.string().length(200).nullable(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  indexes: [{ properties: ['recordType', 'recordId'] }],
});

export type ProcessInstance = InferEntity<typeof ProcessInstanceSchema>;
