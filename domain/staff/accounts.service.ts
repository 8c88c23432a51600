import type { EntityManager } from '@mikro-orm/postgresql';
import { LOCALES, rolesByCode, TeamSchema, UserSchema, type Locale, type User } from '../access/index.ts';
import { DomainError } from '../errors.ts';

/** A user as the administration screens see them: active or not, with team, language and version. */
export interface Account {
  id: number;
  email: string;
  displayName: string;
  roles: string[];
  teamId: number | null;
  locale: string | null;
  active: boolean;
  lockVersion: number;
}

export interface AccountPatch {
  displayName?: string;
  roleCodes?: string[];
  teamId?: number | null;
  locale?: Locale | null;
  active?: boolean;
  /** The version the administrator read; another edit since then is a conflict. */
  lockVersion: number;
}

/** Serialises every change that could remove an administrator, so two admins cannot demote each other at once. */
const ADMIN_GUARD_LOCK = 7_300_001;

export function presentAccount(u: User): Account {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    roles: u.roles.getItems().map((r) => r.code).sort(),
    teamId: u.teamId ?? null,
    locale: u.locale ?? null,
    active: u.active,
    lockVersion: u.version,
  };
}

/** Every account, deactivated ones included (they come back through reactivation). */
export async function listAccounts(em: EntityManager, filter: { search?: string; active?: boolean } = {}): Promise<Account[]> {
  const text = filter.search?.trim();
  const like = text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const users = await em.find(
    UserSchema,
    {
      ...(filter.active === undefined ? {} : { active: filter.active }),
      ...(like ? { $or: [{ displayName: { $ilike: like } }, { email: { $ilike: like } }] } : {}),
    },
    { populate: ['roles'], orderBy: { active: 'desc', displayName: 'asc', id: 'asc' }, limit: 500 },
  );
  return users.map(presentAccount);
}

export async function getAccount(em: EntityManager, id: number): Promise<User> {
  const user = await em.findOne(UserSchema, { id }, { populate: ['roles'] });
  if (!user) throw new DomainError('user.not_found', 'No such user', 404);
  return user;
}

/**
 * Edits a colleague's account. Refuses, with the reason: a stale version, an administrator
 * deactivating themselves, and anything that would leave no active administrator.
 */
export async function updateAccount(em: EntityManager, actorId: number, id: number, patch: AccountPatch): Promise<Account> {
  return em.transactional(async (tx) => {
    await tx.getConnection().execute('select pg_advisory_xact_lock(?)', [ADMIN_GUARD_LOCK]);
    const user = await getAccount(tx, id);
    await tx.refresh(user, { populate: ['roles'] });
    if (user.version !== patch.lockVersion) {
      throw new DomainError('conflict.stale_version', `${user.displayName} was changed by someone else since you opened the form; reload and try again`, 409, ['lockVersion']);
    }
    if (patch.active === false && id === actorId) {
      throw new DomainError('user.cannot_deactivate_self', 'You cannot deactivate your own account; ask another administrator', 409, ['active']);
    }
    const roles = patch.roleCodes ? await rolesByCode(tx, patch.roleCodes) : null;
    await guardLastAdmin(tx, user, patch.active ?? user.active, roles ? patch.roleCodes!.includes('admin') : isAdmin(user));
    if (patch.teamId != null && !(await tx.count(TeamSchema, { id: patch.teamId }))) {
      throw new DomainError('team.not_found', `No team with id ${patch.teamId}`, 422, ['teamId']);
    }
    if (patch.locale != null && !LOCALES.includes(patch.locale)) {
      throw new DomainError('user.unknown_locale', `One of ${LOCALES.join(', ')}`, 422, ['locale']);
    }
    if (patch.displayName !== undefined) user.displayName = patch.displayName;
    if (patch.teamId !== undefined) user.teamId = patch.teamId;
    if (patch.locale !== undefined) user.locale = patch.locale;
    if (patch.active === false && user.active) await stopHeadingTeams(tx, id);
    if (patch.active !== undefined) user.active = patch.active;
    if (roles) user.roles.set(roles);
    // Roles live in the pivot table: touching the row makes every save bump the version.
    user.updatedAt = new Date();
    await tx.flush();
    return presentAccount(user);
  });
}

/** A deactivated colleague heads no team: the Teams screen then shows it without a head, for the admin to pick one. */
async function stopHeadingTeams(em: EntityManager, userId: number): Promise<void> {
  for (const team of await em.find(TeamSchema, { headId: userId })) team.headId = null;
}

const isAdmin = (u: User) => u.roles.getItems().some((r) => r.code === 'admin');


async function guardLastAdmin(em: EntityManager, user: User, activeAfter: boolean, adminAfter: boolean): Promise<void> {
  if (!user.active || !isAdmin(user) || (activeAfter && adminAfter)) return;
  const others = await em.count(UserSchema, { active: true, id: { $ne: user.id }, roles: { code: 'admin' } });
  if (others === 0) {
    const field = activeAfter ? 'roleCodes' : 'active';
    throw new DomainError('user.last_admin', `${user.displayName} is the last active administrator: make someone else an administrator first`, 409, [field]);
  }
}
