import type { Request } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findUserWithRoles } from '../../domain/access/index.ts';
import { Problem } from '../problem.ts';
import type { SessionTokens } from './tokens.ts';

export const SESSION_COOKIE = 'crm_session';

/** Who is asking: resolved from the session token on every request, so a deactivated user is out at once. */
export interface CurrentUser {
  id: number;
  email: string;
  displayName: string;
  /** The UI language the user picked; null until they pick one. */
  locale: string | null;
  /** The IANA zone the user reads times in; null until the first login sets it. */
  timeZone: string | null;
  roles: string[];
}

export function tokenFrom(req: { headers: Request['headers']; cookies?: Record<string, string> }): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  return req.cookies?.[SESSION_COOKIE] ?? null;
}

export async function userFromToken(tokens: SessionTokens, em: EntityManager, token: string | null): Promise<CurrentUser> {
  if (!token) throw new Problem(401, 'auth.required', 'Authentication required', 'Log in first');
  const claims = await tokens.verify(token);
  const user = await findUserWithRoles(em, claims.userId);
  if (!user) throw new Problem(401, 'auth.invalid_session', 'Invalid session', 'The account no longer exists or is disabled');
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale ?? null,
    timeZone: user.timeZone ?? null,
    roles: user.roles.getItems().map((r) => r.code),
  };
}
