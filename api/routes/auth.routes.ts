import type { Response } from 'express';
import { z } from 'zod';
import { adoptTimeZone, authenticate, isTimeZone, LOCALES, setUserLocale, setUserTimeZone } from '../../domain/access/index.ts';
import { userFromToken } from '../auth/session.ts';
import { SESSION_COOKIE, tokenFrom, type CurrentUser } from '../auth/session.ts';
import type { ApiContext } from '../context.ts';
import { Problem } from '../problem.ts';
import { defineRoute } from '../route.ts';

export const currentUserSchema = z
  .object({
    id: z.number().int(),
    email: z.string(),
    displayName: z.string(),
    locale: z.string().nullable(),
    timeZone: z.string().nullable(),
    roles: z.array(z.string()),
  })
  .meta({ id: 'CurrentUser' });

const sessionSchema = z
  .object({ token: z.string(), expiresAt: z.iso.datetime(), user: currentUserSchema })
  .meta({ id: 'Session' });

const timeZoneSchema = z.string().refine(isTimeZone, { error: 'An IANA time zone such as Europe/Kyiv' });

const preferencesSchema = z
  .strictObject({
    locale: z.enum(LOCALES, { error: `One of ${LOCALES.join(', ')}` }).optional(),
    timeZone: timeZoneSchema.optional(),
  })
  .refine((p) => p.locale !== undefined || p.timeZone !== undefined, { error: 'Give locale or timeZone' });

const loginSchema = z.strictObject({
  email: z.email(),
  password: z.string().min(1, 'Enter the password'),
  /** The browser's zone: the user's zone from the first login on, unless the installation sets one. */
  timeZone: timeZoneSchema.optional(),
});

const probeSchema = z.object({ user: currentUserSchema.nullable() }).meta({ id: 'SessionProbe' });

/** Issues the session both as an httpOnly cookie (browser) and in the body (API clients, socket.io). */
export async function startSession(ctx: ApiContext, res: Response, user: CurrentUser) {
  const token = await ctx.tokens.issue({ userId: user.id, roles: user.roles });
  const expiresAt = new Date(Date.now() + ctx.tokens.lifetimeSeconds * 1000);
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.secureCookies,
    expires: expiresAt,
    path: '/',
  });
  return { token, expiresAt: expiresAt.toISOString(), user };
}

export function authRoutes(ctx: ApiContext) {
  return [
    defineRoute({
      method: 'post',
      path: '/auth/login',
      summary: 'Log in with e-mail and password',
      tags: ['auth'],
      access: 'public',
      body: loginSchema,
      responses: {
        200: { description: 'Logged in', schema: sessionSchema },
        401: { description: 'Wrong e-mail or password' },
        422: { description: 'Invalid request' },
      },
      async handle({ em, body, res }) {
        const user = await authenticate(em, body.email, body.password);
        if (!user) throw new Problem(401, 'auth.invalid_credentials', 'Wrong e-mail or password');
        const firstZone = user.timeZone ? null : (ctx.defaultTimeZone ?? body.timeZone);
        if (firstZone) await adoptTimeZone(em, user.id, firstZone);
        const current = {
          id: user.id,
          email: user.email,
          displayName: user.displayName,
          locale: user.locale ?? null,
          timeZone: user.timeZone ?? firstZone ?? null,
          roles: user.roles.getItems().map((r) => r.code),
        };
        return { body: await startSession(ctx, res, current) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/logout',
      summary: 'End the browser session (clears the cookie)',
      tags: ['auth'],
      access: 'public',
      responses: { 204: { description: 'Logged out' } },
      async handle({ res }) {
        res.clearCookie(SESSION_COOKIE, { path: '/' });
        return { status: 204 };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/auth/session',
      summary: 'Who is logged in here, if anyone (answers 200 with user null for a visitor)',
      tags: ['auth'],
      access: 'public',
      responses: { 200: { description: 'The current user, or null', schema: probeSchema } },
      async handle({ em, req }) {
        const token = tokenFrom(req);
        if (!token) return { body: { user: null } };
        try {
          return { body: { user: await userFromToken(ctx.tokens, em, token) } };
        } catch (error) {
          // An expired or forged token, or a disabled account, is a visitor; anything else is a failure.
          if (error instanceof Problem && error.status === 401) return { body: { user: null } };
          throw error;
        }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/auth/me',
      summary: 'The user this session belongs to',
      tags: ['auth'],
      access: 'user',
      responses: { 200: { description: 'Current user', schema: currentUserSchema }, 401: { description: 'Not logged in' } },
      async handle({ user }) {
        return { body: user };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/auth/me',
      summary: "Change the current user's preferences (UI language, time zone)",
      tags: ['auth'],
      access: 'user',
      body: preferencesSchema,
      responses: {
        200: { description: 'Current user', schema: currentUserSchema },
        401: { description: 'Not logged in' },
        422: { description: 'Unknown language or time zone' },
      },
      async handle({ em, user, body }) {
        if (body.locale) await setUserLocale(em, user.id, body.locale);
        if (body.timeZone) await setUserTimeZone(em, user.id, body.timeZone);
        return { body: { ...user, locale: body.locale ?? user.locale, timeZone: body.timeZone ?? user.timeZone } };
      },
    }),
  ];
}
