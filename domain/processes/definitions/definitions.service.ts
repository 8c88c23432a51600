import type { EntityManager } from '@mikro-orm/postgresql';
import { UserSchema } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import { ProcessDefinitionSchema, type ProcessDefinition } from './process-definition.entity.ts';
import { ProcessVersionSchema, type ProcessVersion } from './process-version.entity.ts';

export interface VersionSummary {
  number: number;
  name: string;
  bpmnProcessId: string;
  checksum: string;
  active: boolean;
  deployedAt: Date;
  deployedBy: { id: number; displayName: string | null };
  warnings: ProcessVersion['warnings'];
}

export function listDefinitions(em: EntityManager): Promise<ProcessDefinition[]> {
  return em.find(ProcessDefinitionSchema, {}, { orderBy: { key: 'asc' } });
}

export async function getDefinition(em: EntityManager, key: string): Promise<ProcessDefinition> {
  const definition = await em.findOne(ProcessDefinitionSchema, { key });
  if (!definition) throw new DomainError('process.not_found', `No process with key "${key}"`, 404);
  return definition;
}

/** Versions newest first, with who deployed each and when. */
export async function listVersions(em: EntityManager, key: string): Promise<VersionSummary[]> {
  const definition = await getDefinition(em, key);
  const versions = await em.find(ProcessVersionSchema, { definitionKey: key }, { orderBy: { number: 'desc' } });
  const users = await em.find(UserSchema, { id: { $in: [...new Set(versions.map((v) => v.deployedBy))] } });
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  return versions.map((v) => ({
    number: v.number,
    name: v.name,
    bpmnProcessId: v.bpmnProcessId,
    checksum: v.checksum,
    active: v.number === definition.activeVersion,
    deployedAt: v.deployedAt,
    deployedBy: { id: v.deployedBy, displayName: names.get(v.deployedBy) ?? null },
    warnings: v.warnings,
  }));
}

export async function getVersion(em: EntityManager, key: string, number: number, part: 'xml' | 'graph'): Promise<ProcessVersion> {
  const version = await em.findOne(ProcessVersionSchema, { definitionKey: key, number }, { populate: [part] });
  if (!version) throw new DomainError('process.version_not_found', `Process "${key}" has no version ${number}`, 404);
  return version;
}

/**
 * Chooses the version new instances start with. `expectedVersion` is the definition's lock
 * version the caller saw (If-Match); a stale one is refused, nothing is overwritten silently.
 */
export async function setActiveVersion(
  em: EntityManager,
  key: string,
  number: number,
  expectedVersion: number | undefined,
): Promise<ProcessDefinition> {
  const definition = await getDefinition(em, key);
  if (expectedVersion !== undefined && definition.version !== expectedVersion) {
    throw new DomainError('conflict.stale_version', `Process "${key}" was changed by someone else; reload it`, 412);
  }
  if (!(await em.count(ProcessVersionSchema, { definitionKey: key, number }))) {
    throw new DomainError('process.version_not_found', `Process "${key}" has no version ${number}`, 422, ['version']);
  }
  definition.activeVersion = number;
  await em.flush();
  return definition;
}

/** No version starts new instances any more (message and timer starts stop too); running ones go on. */
export async function deactivateProcess(em: EntityManager, key: string, expectedVersion: number | undefined): Promise<ProcessDefinition> {
  const definition = await getDefinition(em, key);
  if (expectedVersion !== undefined && definition.version !== expectedVersion) {
    throw new DomainError('conflict.stale_version', `Process "${key}" was changed by someone else; reload it`, 412);
  }
  definition.activeVersion = null;
  await em.flush();
  return definition;
}

/** The active version (with its graph) and every timer start node any version of the key ever had. */
export async function timerStartsOf(em: EntityManager, key: string): Promise<{ active: ProcessVersion | null; everNodeIds: string[] }> {
  const definition = await getDefinition(em, key);
  const active = definition.activeVersion
    ? await em.findOne(ProcessVersionSchema, { definitionKey: key, number: definition.activeVersion }, { populate: ['graph'] })
    : null;
  const rows: { node_id: string }[] = await em.execute(
    `select distinct t ->> 'nodeId' as node_id from process_version v, jsonb_array_elements(v.graph -> 'startEvents' -> 'timers') t where v.definition_key = ?`,
    [key],
  );
  return { active, everNodeIds: rows.map((r) => r.node_id) };
}
