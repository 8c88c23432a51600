import type { EntityManager } from '@mikro-orm/postgresql';
import { evaluate } from 'feelin';
import { ProcessVersionSchema, type ProcessVersion } from '../definitions/process-version.entity.ts';
import type { CompiledNode, CompiledProcess } from '../model/index.ts';
import { instanceScope } from './instance-scope.ts';
import type { Actor } from './tasks.service.ts';

/** The active versions that start on this message, each with the start event it names. */
export async function messageStarts(em: EntityManager, name: string): Promise<{ version: ProcessVersion; nodeId: string }[]> {
  const rows: { id: number }[] = await em.execute(
    `select v.id from process_version v join process_definition d on d.key = v.definition_key and d.active_version = v.number
      where v.graph -> 'startEvents' -> 'messages' @> ?::jsonb order by v.definition_key`,
    [JSON.stringify([{ messageName: name }])],
  );
  if (!rows.length) return [];
  const versions = await em.find(ProcessVersionSchema, { id: { $in: rows.map((r) => r.id) } }, { populate: ['graph'], orderBy: { definitionKey: 'asc' } });
  return versions.map((version) => ({ version, nodeId: version.graph.startEvents.messages.find((m) => m.messageName === name)!.nodeId }));
}

interface Candidate {
  workflow_id: string;
  current_nodes: string[];
  variables: Record<string, unknown>;
  graph: CompiledProcess;
}

/**
 * Running instances (that the actor may see) whose tokens wait now for this message name and
 * key: at a catch event, on a task with a message boundary event, or at an event-based gateway.
 * The key expression is evaluated with the variables the instance recorded when it began to wait.
 */
export async function instancesWaitingFor(em: EntityManager, actor: Actor, name: string, correlationKey: string | undefined): Promise<string[]> {
  const scope = instanceScope(actor, 'i');
  const rows: Candidate[] = await em.execute(
    `select i.workflow_id, i.current_nodes, i.variables, v.graph from process_instance i
      join process_version v on v.definition_key = i.definition_key and v.number = i.version_number
      where i.status in ('active', 'incident')
        and jsonb_path_exists(v.graph, ?::jsonpath, jsonb_build_object('n', ?::text))
        ${scope ? `and ${scope.sql}` : ''}
      order by i.started_at`,
    ['$.nodes.*.trigger ? (@.messageName == $n)', name, ...(scope?.params ?? [])],
  );
  const wanted = correlationKey ?? '';
  return rows.filter((row) => waitingKeys(row, name).includes(wanted)).map((row) => row.workflow_id);
}

function waitingKeys(row: Candidate, name: string): string[] {
  const { nodes, flows } = row.graph;
  const listening = row.current_nodes.flatMap((id) => {
    const node = nodes[id];
    if (!node) return [];
    if (node.type === 'eventBasedGateway') return node.outgoing.map((f) => nodes[flows[f]!.target]!);
    return [node, ...node.boundary.map((b) => nodes[b]!)];
  });
  return listening.flatMap((node) => {
    const key = keyExpression(node, name);
    return key === null ? [] : [keyValue(key, row.variables)];
  });
}

function keyExpression(node: CompiledNode, name: string): string | null {
  if (node.type !== 'intermediateCatchEvent' && node.type !== 'boundaryEvent') return null;
  const trigger = node.trigger;
  return trigger.kind === 'message' && trigger.messageName === name ? trigger.correlationKey : null;
}

/** The same string the workflow compares a delivered key with. */
function keyValue(expression: string, variables: Record<string, unknown>): string {
  try {
    const { value } = evaluate(expression, variables);
    return String(value ?? '');
  } catch {
    return '';
  }
}
