import type { EntityManager } from '@mikro-orm/postgresql';

/** Which instances and visits the figures cover; every filter is optional. */
export interface StatisticsSlice {
  key: string;
  version?: number;
  /** Visits that entered a node in [from, to). */
  from?: Date;
  to?: Date;
  /** Instances where one of these users started the process or holds or finished a task. */
  userIds?: number[];
  /** The instance variable `source` (the lead's ad source), compared as text. */
  source?: string;
}

export interface NodeStatistics {
  nodeId: string;
  nodeType: string | null;
  /** Visits that entered the node (a loop counts each pass). */
  entered: number;
  /** Visits that left it. */
  completed: number;
  /** Tokens waiting in it now, in instances still running. */
  open: number;
  avgMs: number | null;
  p90Ms: number | null;
  /** User tasks with a due date, and how many were finished late or are open past due. */
  withDueDate: number;
  slaBreaches: number;
}

/**
 * Per-node throughput and time spent, computed from the event log: the n-th entry of a token
 * into a node pairs with its n-th exit, so loops and parallel tokens are measured separately.
 */
export async function nodeStatistics(em: EntityManager, slice: StatisticsSlice): Promise<NodeStatistics[]> {
  const { where, params } = instanceFilter(slice);
  const period = periodOf(slice);
  const sql = `
    with inst as (select i.workflow_id, i.status from process_instance i where ${where}),
    steps as (
      select e.workflow_id, e.token_id, e.node_id, e.node_type, e.type, e.occurred_at,
             row_number() over (partition by e.workflow_id, e.token_id, e.node_id, e.type order by e.id) as pass
      from process_event e join inst using (workflow_id)
      where e.type in ('node_entered', 'node_left')),
    visits as (
      select en.node_id, en.node_type, en.workflow_id, en.occurred_at as entered_at, lf.occurred_at as left_at
      from steps en left join steps lf
        on lf.type = 'node_left' and lf.workflow_id = en.workflow_id and lf.token_id = en.token_id
       and lf.node_id = en.node_id and lf.pass = en.pass
      where en.type = 'node_entered'),
    measured as (select v.*, extract(epoch from (v.left_at - v.entered_at)) * 1000 as ms from visits v
      where true ${period.sql('v.entered_at')}),
    sla as (
      select t.node_id, count(*) as with_due,
             count(*) filter (where (t.completed_at is not null and t.completed_at > t.due_at)
                                 or (t.status = 'open' and t.due_at < now())) as breaches
      from task t join inst using (workflow_id)
      where t.due_at is not null ${period.sql('t.created_at')}
      group by t.node_id)
    select m.node_id, max(m.node_type) as node_type, count(*) as entered, count(m.left_at) as completed,
           count(*) filter (where m.left_at is null and i.status in ('active', 'incident')) as open,
           avg(m.ms) as avg_ms, percentile_cont(0.9) within group (order by m.ms) as p90_ms,
           coalesce(max(s.with_due), 0) as with_due, coalesce(max(s.breaches), 0) as breaches
    from measured m join inst i using (workflow_id) left join sla s on s.node_id = m.node_id
    group by m.node_id order by m.node_id`;
  const rows: Row[] = await em.getConnection().execute(sql, [...params, ...period.params, ...period.params]);
  return rows.map(present);
}

interface Row {
  node_id: string;
  node_type: string | null;
  entered: string;
  completed: string;
  open: string;
  avg_ms: string | null;
  p90_ms: number | null;
  with_due: string;
  breaches: string;
}

function present(r: Row): NodeStatistics {
  const ms = (v: string | number | null) => (v === null ? null : Math.round(Number(v)));
  return {
    nodeId: r.node_id,
    nodeType: r.node_type,
    entered: Number(r.entered),
    completed: Number(r.completed),
    open: Number(r.open),
    avgMs: ms(r.avg_ms),
    p90Ms: ms(r.p90_ms),
    withDueDate: Number(r.with_due),
    slaBreaches: Number(r.breaches),
  };
}

/** The period as extra conditions on a timestamp column, used twice with the same values. */
function periodOf(slice: StatisticsSlice) {
  const bounds = [slice.from && ['>=', slice.from], slice.to && ['<', slice.to]].filter((b): b is [string, Date] => !!b);
  return {
    sql: (column: string) => bounds.map(([op]) => ` and ${column} ${op} ?`).join(''),
    params: bounds.map(([, at]) => at),
  };
}

function instanceFilter(slice: StatisticsSlice): { where: string; params: unknown[] } {
  const where = ['i.definition_key = ?'];
  const params: unknown[] = [slice.key];
  if (slice.version !== undefined) {
    where.push('i.version_number = ?');
    params.push(slice.version);
  }
  if (slice.source !== undefined) {
    where.push(`i.variables->>'source' = ?`);
    params.push(slice.source);
  }
  if (slice.userIds) {
    const ids = slice.userIds.length ? slice.userIds : [0];
    const list = ids.map(() => '?').join(', ');
    where.push(`(i.started_by in (${list}) or exists (select 1 from task t where t.workflow_id = i.workflow_id
      and (t.assignee_id in (${list}) or t.completed_by in (${list}))))`);
    params.push(...ids, ...ids, ...ids);
  }
  return { where: where.join(' and '), params };
}
