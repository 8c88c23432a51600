import type { Actor } from './tasks.service.ts';

/** Roles that see every process instance. */
export const overseerRoles = ['admin', 'process_owner', 'analyst'];

export const isOverseer = (actor: Actor) => actor.roles.some((r) => overseerRoles.includes(r));

/**
 * SQL condition on `alias` (a process_instance) limiting it to what the actor may see:
 * overseers everything; others the instances they started or hold or delegated a task in.
 */
export function instanceScope(actor: Actor, alias: string): { sql: string; params: unknown[] } | null {
  if (isOverseer(actor)) return null;
  return {
    sql: `(${alias}.started_by = ? or exists (select 1 from task st where st.workflow_id = ${alias}.workflow_id and (st.assignee_id = ? or st.delegated_by = ?)))`,
    params: [actor.id, actor.id, actor.id],
  };
}
