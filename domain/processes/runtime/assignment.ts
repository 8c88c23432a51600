import type { EntityManager } from '@mikro-orm/postgresql';
import type { AssignmentRule } from '../model/graph.ts';

export interface AssignmentRequest {
  rule: AssignmentRule;
  /** What the rule's turn is kept per: the process and the task's element. */
  queueKey: string;
  candidateGroups: string[];
  candidateUsers: number[];
}

/**
 * Picks the assignee of a new group task. `claim` leaves it in the queue; `roundRobin` takes
 * the next member after the last one picked for this queue; `leastLoaded` the member with the
 * fewest open tasks (ties: the one who waited longest for a task, then lowest id). Call it
 * inside the transaction that inserts the task: the advisory lock serialises concurrent picks.
 */
export async function chooseAssignee(em: EntityManager, req: AssignmentRequest): Promise<number | null> {
  if (req.rule === 'claim') return null;
  const conn = em.getConnection();
  await conn.execute('select pg_advisory_xact_lock(hashtext(?))', [`assignment:${req.queueKey}`], 'all', em.getTransactionContext());
  const members = await poolOf(em, req);
  if (!members.length) return null;
  if (req.rule === 'roundRobin') return nextInTurn(em, req.queueKey, members);
  const rows = (await conn.execute(
    `select u.id, (select count(*) from task t where t.assignee_id = u.id and t.status = 'open')::int as open,
            (select max(t.created_at) from task t where t.assignee_id = u.id) as last
       from app_user u where u.id = any(?::int[])
      order by open asc, last asc nulls first, u.id asc limit 1`,
    [`{${members.join(',')}}`], 'all', em.getTransactionContext(),
  )) as { id: number }[];
  return rows[0]?.id ?? null;
}

async function poolOf(em: EntityManager, req: AssignmentRequest): Promise<number[]> {
  const rows = (await em.getConnection().execute(
    `select distinct u.id from app_user u left join user_role ur on ur.user_id = u.id left join role r on r.id = ur.role_id
      where u.active and (r.code = any(?::text[]) or u.id = any(?::int[])) order by u.id`,
    [`{${req.candidateGroups.map((g) => `"${g.replace(/["\\]/g, '')}"`).join(',')}}`, `{${req.candidateUsers.join(',')}}`],
    'all', em.getTransactionContext(),
  )) as { id: number }[];
  return rows.map((r) => r.id);
}

async function nextInTurn(em: EntityManager, queueKey: string, members: number[]): Promise<number> {
  const conn = em.getConnection();
  const tx = em.getTransactionContext();
  const [cursor] = (await conn.execute('select last_user_id from assignment_cursor where group_key = ?', [queueKey], 'all', tx)) as { last_user_id: number | null }[];
  const last = cursor?.last_user_id ?? 0;
  const next = members.find((id) => id > last) ?? members[0]!;
  await conn.execute(
    `insert into assignment_cursor (group_key, last_user_id, updated_at) values (?, ?, now())
     on conflict (group_key) do update set last_user_id = excluded.last_user_id, updated_at = now()`,
    [queueKey, next], 'run', tx,
  );
  return next;
}
