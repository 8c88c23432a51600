import { ApplicationFailure } from '@temporalio/activity';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ProcessDefinitionSchema, ProcessVersionSchema, type CallActivityNode } from '../domain/processes/index.ts';
import type { CalledProcess } from '../workflows/process/types.ts';

export type CallBinding = CallActivityNode['binding'];

/**
 * The version a call activity starts. The called element names a process key, or else the
 * BPMN process id of a deployed key. `latest` takes the key's active version at call time;
 * `versionTag` the newest version whose model carries that zeebe:versionTag. A missing
 * process is not retried: it becomes an incident on the call activity.
 */
export async function resolveCalledProcess(em: EntityManager, name: string, binding: CallBinding): Promise<CalledProcess> {
  const key = (await em.findOne(ProcessDefinitionSchema, { key: name }))?.key ?? (await em.findOne(ProcessVersionSchema, { bpmnProcessId: name }, { orderBy: { id: 'desc' } }))?.definitionKey;
  if (!key) throw ApplicationFailure.nonRetryable(`No deployed process "${name}" to call`, 'call.process_not_found');
  const definition = (await em.findOne(ProcessDefinitionSchema, { key }))!;
  const versions = await em.find(ProcessVersionSchema, { definitionKey: key }, { populate: ['graph'], orderBy: { number: 'desc' } });
  const version =
    binding.kind === 'versionTag' ? versions.find((v) => v.graph.versionTag === binding.tag) : versions.find((v) => v.number === definition.activeVersion);
  if (!version) {
    const wanted = binding.kind === 'versionTag' ? `a version tagged "${binding.tag}"` : 'an active version';
    throw ApplicationFailure.nonRetryable(`Process "${key}" has no ${wanted}`, 'call.version_not_found');
  }
  return { definitionKey: key, versionNumber: version.number, graph: version.graph };
}
