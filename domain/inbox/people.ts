import type { EntityManager } from '@mikro-orm/postgresql';
import { UserSchema } from '../access/index.ts';

/** Colleagues a task can be handed to: active users by name or e-mail, not the asker. */
export async function delegateCandidates(em: EntityManager, askerId: number, q: string | undefined, limit = 20): Promise<{ id: number; displayName: string; email: string }[]> {
  const text = q?.trim();
  const like = text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const users = await em.find(
    UserSchema,
    { active: true, id: { $ne: askerId }, ...(like ? { $or: [{ displayName: { $ilike: like } }, { email: { $ilike: like } }] } : {}) },
    { fields: ['id', 'displayName', 'email'], orderBy: { displayName: 'asc', id: 'asc' }, limit },
  );
  return users.map((u) => ({ id: u.id, displayName: u.displayName, email: u.email }));
}
