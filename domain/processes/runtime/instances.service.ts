import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../errors.ts';
import { ProcessDefinitionSchema } from '../definitions/process-definition.entity.ts';
import { ProcessVersionSchema, type ProcessVersion } from '../definitions/process-version.entity.ts';
import { ProcessInstanceSchema, type InstanceStatus, type ProcessInstance } from './process-instance.entity.ts';
import { TaskSchema } from './task.entity.ts';
import { seesEveryInstance } from './instance-list.service.ts';
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

/** Process owners, admins and analysts see every instance; others those they started or work in. */
export async function visibleInstance(em: EntityManager, workflowId: string, actor: Actor): Promise<ProcessInstance> {
  const instance = await em.findOne(ProcessInstanceSchema, { workflowId });
  const allowed =
    instance &&
    (seesEveryInstance(actor) ||
      instance.startedBy === actor.id ||
      (await em.count(TaskSchema, { workflowId, $or: [{ assigneeId: actor.id }, { delegatedBy: actor.id }, { completedBy: actor.id }] })) > 0);
  if (!allowed) throw new DomainError('process.instance_not_found', 'No such process instance', 404);
  return instance;
}

export interface InstanceRow {
  workflowId: string;
  definitionKey: string;
  versionNumber: number;
  record: { type: string; id: string } | null;
  startedBy: number | null;
  startedAt: Date;
  status: InstanceStatus;
  currentNodes: string[];
  stage: string | null;
  variables: Record<string, unknown>;
  endedAt: Date | null;
  /** The instance whose call activity started this one. */
  parentWorkflowId?: string | null;
}

/**
 * Inserts the instance row. `keep`: an existing row wins (the API registering a start that
 * may be a retry). `progress`: the workflow's newer status, position and variables win.
 */
export async function upsertInstance(em: EntityManager, row: InstanceRow, onConflict: 'keep' | 'progress'): Promise<void> {
  const insert = em
    .createQueryBuilder(ProcessInstanceSchema)
    .insert({
      workflowId: row.workflowId,
      definitionKey: row.definitionKey,
      versionNumber: row.versionNumber,
      recordType: row.record?.type ?? null,
      recordId: row.record?.id ?? null,
      status: row.status,
      currentNodes: row.currentNodes,
      stage: row.stage,
      variables: row.variables,
      startedBy: row.startedBy,
      startedAt: row.startedAt,
      endedAt: row.endedAt,
      parentWorkflowId: row.parentWorkflowId ?? null,
      updatedAt: new Date(),
    })
    .onConflict('workflowId');
  // A cancelled instance stays cancelled: the workflow's last flushes may land after the cancel.
  const progress = () => insert.merge(['status', 'currentNodes', 'stage', 'variables', 'endedAt', 'updatedAt']).where({ status: { $ne: 'cancelled' } });
  await (onConflict === 'keep' ? insert.ignore() : progress()).execute('run');
}

/** The instance row as the API starts a process, so it is visible (and can take messages) at once. */
export function registerInstance(
  em: EntityManager,
  row: Pick<InstanceRow, 'workflowId' | 'definitionKey' | 'versionNumber' | 'record' | 'startedBy' | 'variables'>,
): Promise<void> {
  return upsertInstance(em, { ...row, startedAt: new Date(), status: 'active', currentNodes: [], stage: null, endedAt: null }, 'keep');
}
