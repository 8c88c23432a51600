import type { EntityManager } from '@mikro-orm/postgresql';
import { knownTimeZone } from '../../config/time-zone.ts';
import { DomainError } from '../errors.ts';
import type { Locale } from './locale.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { RoleSchema } from './role.entity.ts';
import { UserSchema, type User } from './user.entity.ts';

export interface NewUser {
  email: string;
  displayName: string;
  password: string;
  roleCodes: string[];
}

export async function countUsers(em: EntityManager): Promise<number> {
  return em.count(UserSchema, {});
}

/** The roles with these codes; an unknown code is refused on the roleCodes field. */
export async function rolesByCode(em: EntityManager, codes: string[]) {
  const roles = await em.find(RoleSchema, { code: { $in: codes } });
  const unknown = codes.filter((c) => !roles.some((r) => r.code === c));
  if (unknown.length) throw new DomainError('user.unknown_role', `Unknown role: ${unknown.join(', ')}`, 422, ['roleCodes']);
  return roles;
}

export async function createUser(em: EntityManager, input: NewUser): Promise<User> {
  const email = input.email.trim().toLowerCase();
  if (await em.count(UserSchema, { email })) {
    throw new DomainError('user.email_taken', `A user with e-mail ${email} already exists`, 409, ['email']);
  }
  const roles = await rolesByCode(em, input.roleCodes);
  const user = em.create(UserSchema, {
    email,
    displayName: input.displayName,
    passwordHash: await hashPassword(input.password),
  });
  user.roles.set(roles);
  await em.flush();
  return user;
}

/** Returns the user when e-mail and password match an active account; the same answer for every miss. */
export async function authenticate(em: EntityManager, email: string, password: string): Promise<User | null> {
  const user = await em.findOne(
    UserSchema,
    { email: email.trim().toLowerCase(), active: true },
    { populate: ['passwordHash', 'roles'] },
  );
  // Hash anyway when the user is unknown so timing does not reveal which e-mails exist.
  const hash = user?.passwordHash ?? (await dummyHash());
  const ok = await verifyPassword(hash, password);
  return ok && user ? user : null;
}

let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hashPassword('not-a-real-password');
  return dummy;
}

/**
 * On first start, makes the administrator named by CRM_ADMIN_EMAIL / CRM_ADMIN_PASSWORD.
 * Does nothing once any user exists, so a changed password is never overwritten.
 */
export async function ensureFirstAdmin(
  em: EntityManager,
  admin: { email?: string; password?: string },
): Promise<User | null> {
  if (!admin.email || !admin.password || (await countUsers(em)) > 0) return null;
  return createUser(em, {
    email: admin.email,
    displayName: 'Administrator',
    password: admin.password,
    roleCodes: ['admin'],
  });
}

/** Remembers the user's language for every browser they log in from. */
export async function setUserLocale(em: EntityManager, id: number, locale: Locale): Promise<void> {
  await em.nativeUpdate(UserSchema, { id }, { locale });
}

/** Whether `zone` is an IANA time zone this runtime knows and that fits the user's column. */
export function isTimeZone(zone: string): boolean {
  return zone.length <= 64 && knownTimeZone(zone);
}

/** Remembers the zone the user reads times in (notices, e-mails, the UI). */
export async function setUserTimeZone(em: EntityManager, id: number, timeZone: string): Promise<void> {
  await em.nativeUpdate(UserSchema, { id }, { timeZone });
}

/** The first login fills in a zone (the browser's or the installation's) when the user has none yet. */
export async function adoptTimeZone(em: EntityManager, id: number, timeZone: string): Promise<void> {
  await em.nativeUpdate(UserSchema, { id, timeZone: null }, { timeZone });
}

export async function findUserWithRoles(em: EntityManager, id: number): Promise<User | null> {
  return em.findOne(UserSchema, { id, active: true }, { populate: ['roles'] });
}
