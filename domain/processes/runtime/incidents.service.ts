import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../errors.ts';

export interface IncidentRow {
  id: string;
  workflowId: string;
  definitionKey: string;
  versionNumber: number;
  nodeId: string | null;
  nodeType: string | null;
  message: string;
  raisedAt: Date;
  resolvedAt: Date | null;
  instanceStatus: string;
}

export interface IncidentQuery {
  /** open: unresolved in a running instance; resolved: retried successfully. */
  state: 'open' | 'resolved';
  key?: string;
  limit: number;
  cursor?: string;
}

/** Incidents from the event log (raised, and resolved when retried), newest first. */
export async function listIncidents(em: EntityManager, q: IncidentQuery): Promise<{ items: IncidentRow[]; nextCursor: string | null }> {
  const after = q.cursor === undefined ? null : Number(q.cursor);
  if (after !== null && !Number.isSafeInteger(after)) throw new DomainError('bad_cursor', 'The cursor is not one this API gave out', 400, ['cursor']);
  const rows: Record<string, unknown>[] = await em.execute(
    `select r.id, r.workflow_id, r.definition_key, r.version_number, r.node_id, r.node_type, r.data ->> 'incidentId' as incident_id,
            r.data ->> 'message' as message, r.occurred_at, res.occurred_at as resolved_at, i.status
       from process_event r
       join process_instance i on i.workflow_id = r.workflow_id
       left join process_event res on res.workflow_id = r.workflow_id and res.type = 'incident_resolved' and res.data ->> 'incidentId' = r.data ->> 'incidentId'
      where r.type = 'incident_raised'
        and ${q.state === 'open' ? `res.id is null and i.status in ('active', 'incident')` : 'res.id is not null'}
        and (?::text is null or r.definition_key = ?) and (?::bigint is null or r.id < ?)
      order by r.id desc limit ?`,
    [q.key ?? null, q.key ?? null, after, after, q.limit + 1],
  );
  const items = rows.slice(0, q.limit).map((r) => ({
    id: String(r.incident_id),
    workflowId: String(r.workflow_id),
    definitionKey: String(r.definition_key),
    versionNumber: Number(r.version_number),
    nodeId: (r.node_id as string | null) ?? null,
    nodeType: (r.node_type as string | null) ?? null,
    message: String(r.message ?? ''),
    raisedAt: new Date(r.occurred_at as string),
    resolvedAt: r.resolved_at ? new Date(r.resolved_at as string) : null,
    instanceStatus: String(r.status),
    eventId: String(r.id),
  }));
  const more = rows.length > q.limit;
  return { items: items.map(({ eventId: _e, ...rest }) => rest), nextCursor: more ? items.at(-1)!.eventId : null };
}
