import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../errors.ts';
import { ProcessDefinitionSchema } from '../definitions/process-definition.entity.ts';
import { ProcessVersionSchema, type ProcessVersion } from '../definitions/process-version.entity.ts';
import { ProcessInstanceSchema, type ProcessInstance } from './process-instance.entity.ts';
import { TaskSchema } from './task.entity.ts';
import type { Actor } from './tasks.service.ts';

/** The version a new instance runs: the one asked for, or the key's active version. */
export async function versionToStart(em: EntityManager, key: string, number?: number): Promise<ProcessVersion> {
  const definition = await em.findOne(ProcessDefinitionSchema, { key });
  if (!definition) throw new DomainError('process.not_found', `No process with key "${key}"`, 422, ['key']);
  const wanted = number ?? definition.activeVersion;
  const version = wanted ? await em.findOne(ProcessVersionSchema, { definitionKey: key, number: wanted }, { populate: ['graph'] }) : null;
  if (!version) throw new DomainError('process.version_not_found', `Process "${key}" has no version ${wanted ?? '(none active)'}`, 422, ['version']);
  return version;
}

const overseers = ['admin', 'process_owner', 'analyst'];

/** Process owners, admins and analysts see every instance; others those they started or work in. */
export async function visibleInstance(em: EntityManager, workflowId: string, actor: Actor): Promise<ProcessInstance> {
  const instance = await em.findOne(ProcessInstanceSchema, { workflowId });
  const allowed =
    instance &&
    (actor.roles.some((r) => overseers.includes(r)) ||
      instance.startedBy === actor.id ||
      (await em.count(TaskSchema, { workflowId, $or: [{ assigneeId: actor.id }, { delegatedBy: actor.id }] })) > 0);
  if (!allowed) throw new DomainError('process.instance_not_found', 'No such process instance', 404);
  return instance;
}

/**
 * Writes the instance row when the API starts a process, so it is visible (and can receive
 * messages) before the workflow's first projection lands. Retries of the start change nothing.
 */
export async function registerInstance(
  em: EntityManager,
  row: { workflowId: string; definitionKey: string; versionNumber: number; record: { type: string; id: string } | null; startedBy: number; variables: Record<string, unknown> },
): Promise<void> {
  await em
    .createQueryBuilder(ProcessInstanceSchema)
    .insert({
      workflowId: row.workflowId,
      definitionKey: row.definitionKey,
      versionNumber: row.versionNumber,
      recordType: row.record?.type ?? null,
      recordId: row.record?.id ?? null,
      status: 'active',
      currentNodes: [],
      stage: null,
      variables: row.variables,
      startedBy: row.startedBy,
      startedAt: new Date(),
      endedAt: null,
      parentWorkflowId: null,
      updatedAt: new Date(),
    })
    .onConflict('workflowId')
    .ignore()
    .execute('run');
}
