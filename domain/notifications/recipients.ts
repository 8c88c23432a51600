import type { EntityManager } from '@mikro-orm/postgresql';
import { RoleSchema, TeamSchema, UserSchema } from '../access/index.ts';
import { DomainError } from '../errors.ts';

export interface Recipient {
  id: number;
  email: string;
  displayName: string | null;
}

/**
 * Who a model means by `to`: user ids, e-mails of users, `role:<code>` (every user with the
 * role), `assignee:<taskNode>` and `supervisor:<taskNode>` (the holder of that open task in
 * this instance, and the head of their team), `head-of:<userId>` (the head of that user's team,
 * nobody when the team has none). Unknown names are refused so a typo in a model
 * becomes an incident, not a silent non-delivery.
 */
export async function resolveRecipients(em: EntityManager, to: string[], instance: { workflowId: string }): Promise<Recipient[]> {
  const ids = new Set<number>();
  for (const raw of to.map((t) => t.trim()).filter(Boolean)) {
    const [kind, value] = raw.includes(':') ? [raw.slice(0, raw.indexOf(':')), raw.slice(raw.indexOf(':') + 1)] : ['user', raw];
    for (const id of await resolveOne(em, kind, value, instance)) ids.add(id);
  }
  if (!ids.size) return [];
  const users = await em.find(UserSchema, { id: { $in: [...ids] } }, { orderBy: { id: 'asc' } });
  return users.map((u) => ({ id: u.id, email: u.email, displayName: u.displayName ?? null }));
}

async function resolveOne(em: EntityManager, kind: string, value: string, instance: { workflowId: string }): Promise<number[]> {
  switch (kind) {
    case 'user': {
      const user = /^\d+$/.test(value) ? await em.findOne(UserSchema, { id: Number(value) }) : await em.findOne(UserSchema, { email: value.toLowerCase() });
      if (!user) throw new DomainError('notify.unknown_user', `No user "${value}"`, 422);
      return [user.id];
    }
    case 'role': {
      const role = await em.findOne(RoleSchema, { code: value });
      if (!role) throw new DomainError('notify.unknown_role', `No role "${value}"`, 422);
      const rows: { user_id: number }[] = await em.getConnection().execute('select user_id from user_role where role_id = ?', [role.id]);
      return rows.map((r) => r.user_id);
    }
    case 'assignee':
    case 'supervisor': {
      const holder = await taskHolder(em, instance.workflowId, value);
      if (kind === 'assignee' || holder === null) return holder === null ? [] : [holder];
      const user = await em.findOne(UserSchema, { id: holder }, { fields: ['teamId'] });
      const team = user?.teamId ? await em.findOne(TeamSchema, { id: user.teamId }) : null;
      return team?.headId && team.headId !== holder ? [team.headId] : [];
    }
    case 'head-of': {
      const user = /^\d+$/.test(value) ? await em.findOne(UserSchema, { id: Number(value) }, { fields: ['teamId'] }) : null;
      if (!user) throw new DomainError('notify.unknown_user', `No user "${value}"`, 422);
      const team = user.teamId ? await em.findOne(TeamSchema, { id: user.teamId }) : null;
      return team?.headId && team.headId !== user.id ? [team.headId] : [];
    }
    default:
      throw new DomainError('notify.bad_recipient', `"${kind}:${value}" is not a recipient (user, role:, assignee:, supervisor:, head-of:)`, 422);
  }
}

/** The assignee of the newest task of that node in the instance (open first). */
async function taskHolder(em: EntityManager, workflowId: string, nodeId: string): Promise<number | null> {
  const rows: { assignee_id: number | null }[] = await em
    .getConnection()
    .execute(`select assignee_id from task where workflow_id = ? and node_id = ? order by (status = 'open') desc, created_at desc limit 1`, [workflowId, nodeId]);
  return rows[0]?.assignee_id ?? null;
}
