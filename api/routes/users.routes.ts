import { z } from 'zod';
import { assignUserTeam, createUser, visibleUsers } from '../../domain/access/index.ts';
import { defineRoute } from '../route.ts';

const entrySchema = z.object({ id: z.number().int(), displayName: z.string(), email: z.string(), roles: z.array(z.string()) }).meta({ id: 'UserDirectoryEntry' });

/** What an administrator fills in to give a colleague an account (the UI's "New user" form). */
const newUserSchema = z.strictObject({
  email: z.email(),
  displayName: z.string().trim().min(1).max(200),
  password: z.string().min(8, 'At least 8 characters').max(200),
  roleCodes: z.array(z.string().min(1).max(50)).min(1, 'Pick at least one role').max(10),
  teamId: z.number().int().positive().nullable().optional(),
}).meta({ id: 'NewUser' });

export function userRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/users',
      summary: 'Active colleagues you may pick in filters, by name or e-mail: everyone for admins, process owners and analysts, your teams for a head of sales, yourself otherwise',
      tags: ['access'],
      access: 'user',
      query: z.object({
        search: z.string().max(100).optional(),
        limit: z.coerce.number().int().min(1).max(100).default(20),
      }),
      responses: { 200: { description: 'Matching users, by name', schema: z.object({ items: z.array(entrySchema) }) } },
      async handle({ em, user, query }) {
        return { body: { items: await visibleUsers(em, user, query.search, query.limit) } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/users',
      summary: 'Give a colleague an account with roles and, optionally, a sales team (admins)',
      tags: ['access'],
      access: { roles: ['admin'] },
      body: newUserSchema,
      responses: {
        201: { description: 'Created; the colleague logs in with this e-mail and password', schema: entrySchema },
        409: { description: 'The e-mail is taken' },
        422: { description: 'Unknown role or team' },
      },
      async handle({ em, body }) {
        const created = await em.transactional(async (tx) => {
          const u = await createUser(tx, body);
          if (body.teamId) await assignUserTeam(tx, u.id, body.teamId);
          return u;
        });
        const roles = created.roles.getItems().map((r) => r.code).sort();
        return { status: 201, body: { id: created.id, displayName: created.displayName, email: created.email, roles } };
      },
    }),
  ];
}
