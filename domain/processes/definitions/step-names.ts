import type { EntityManager } from '@mikro-orm/postgresql';
import { ProcessVersionSchema } from './process-version.entity.ts';

/**
 * The names the process owner gave the steps of some versions ("Review the offer"), so a list of
 * instances says where each one is in their words, not by element id. One query for the versions
 * a page shows; a step without a name is said by its id.
 */
export async function stepNames(em: EntityManager, versions: { key: string; version: number }[]): Promise<(key: string, version: number, nodeId: string) => string> {
  const wanted = [...new Map(versions.map((v) => [`${v.key}@${v.version}`, v])).values()];
  const rows = wanted.length
    ? await em.fork().find(ProcessVersionSchema, { $or: wanted.map((v) => ({ definitionKey: v.key, number: v.version })) }, { populate: ['graph'], fields: ['definitionKey', 'number', 'graph'] })
    : [];
  const graphs = new Map(rows.map((r) => [`${r.definitionKey}@${r.number}`, r.graph]));
  return (key, version, nodeId) => graphs.get(`${key}@${version}`)?.nodes[nodeId]?.name ?? nodeId;
}
