import type { EntityManager } from '@mikro-orm/postgresql';
import { loadAccess } from '../../domain/access/index.ts';
import { ProcessDefinitionSchema, stepNames, type ProcessInstance } from '../../domain/processes/index.ts';
import { reachableRecordNames, recordNames } from '../../domain/sales/index.ts';
import type { CurrentUser } from '../auth/session.ts';
import type { InstanceNames } from '../exports/instances.sheets.ts';

/** The business record an instance runs for, as the API shows it. */
export const recordOf = (i: ProcessInstance) => (i.recordType ? { type: i.recordType, id: i.recordId! } : null);

/** Process, step, record and starter names of a list of instances, a few queries for all of them. */
export async function instanceNames(em: EntityManager, user: CurrentUser, items: ProcessInstance[]): Promise<InstanceNames> {
  const [record, step, definitions, people] = await Promise.all([
    reachableRecordNames(em, await loadAccess(em, user), items.map(recordOf)),
    stepNames(em, items.map((i) => ({ key: i.definitionKey, version: i.versionNumber }))),
    em.find(ProcessDefinitionSchema, { key: { $in: [...new Set(items.map((i) => i.definitionKey))] } }, { fields: ['key', 'name'] }),
    recordNames(em, { users: items.map((i) => i.startedBy) }),
  ]);
  const processNames = new Map(definitions.map((d) => [d.key, d.name]));
  return { record, step, process: (key) => processNames.get(key) || key, user: (id) => (id ? (people.users.get(id) ?? `#${id}`) : null) };
}

