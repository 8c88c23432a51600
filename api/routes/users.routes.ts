import { z } from 'zod';
import { visibleUsers } from '../../domain/access/index.ts';
import { defineRoute } from '../route.ts';

const entrySchema = z.object({ id: z.number().int(), displayName: z.string(), email: z.string(), roles: z.array(z.string()) }).meta({ id: 'UserDirectoryEntry' });

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
  ];
}
