import { z } from 'zod';
import { countUsers, createUser } from '../../domain/access/index.ts';
import type { ApiContext } from '../context.ts';
import { Problem } from '../problem.ts';
import { defineRoute } from '../route.ts';
import { startSession } from './auth.routes.ts';

const firstAdminSchema = z.strictObject({
  email: z.email(),
  displayName: z.string().trim().min(1).max(200),
  password: z.string().min(8, 'At least 8 characters').max(200),
});

/** Serialises concurrent first-run requests so exactly one administrator is created. */
const SETUP_LOCK = 724_001;

export function setupRoutes(ctx: ApiContext) {
  return [
    defineRoute({
      method: 'get',
      path: '/setup',
      summary: 'Whether the first-run setup (creating the administrator) is still open',
      tags: ['auth'],
      access: 'public',
      responses: { 200: { description: 'Setup state', schema: z.object({ needed: z.boolean() }) } },
      async handle({ em }) {
        return { body: { needed: (await countUsers(em)) === 0 } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/setup',
      summary: 'Create the first administrator; refused once any user exists',
      tags: ['auth'],
      access: 'public',
      body: firstAdminSchema,
      responses: {
        201: { description: 'Administrator created and logged in' },
        409: { description: 'Setup already done' },
        422: { description: 'Invalid request' },
      },
      async handle({ em, body, res }) {
        const admin = await em.transactional(async (tx) => {
          await tx.getConnection().execute(`select pg_advisory_xact_lock(${SETUP_LOCK})`, [], 'run', tx.getTransactionContext());
          if ((await countUsers(tx)) > 0) {
            throw new Problem(409, 'setup.already_done', 'Setup is already done', 'Log in with an existing account');
          }
          return createUser(tx, { ...body, roleCodes: ['admin'] });
        });
        const user = { id: admin.id, email: admin.email, displayName: admin.displayName, locale: admin.locale ?? null, timeZone: admin.timeZone ?? null, roles: ['admin'] };
        return { status: 201, body: await startSession(ctx, res, user) };
      },
    }),
  ];
}
