import { z } from 'zod';
import { listIncidents } from '../../domain/processes/index.ts';
import { defineRoute } from '../route.ts';

const incidentSchema = z
  .object({
    id: z.string(),
    workflowId: z.string(),
    definitionKey: z.string(),
    versionNumber: z.number().int(),
    nodeId: z.string().nullable(),
    nodeType: z.string().nullable(),
    message: z.string(),
    raisedAt: z.iso.datetime(),
    resolvedAt: z.iso.datetime().nullable(),
    instanceStatus: z.string(),
  })
  .meta({ id: 'Incident' });

/** Incidents across all instances, for the people who fix their causes. */
export function incidentRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/incidents',
      summary: 'Incidents of all instances, newest first; retry one with POST /process-instances/{workflowId}/incidents/{id}/retry',
      tags: ['processes'],
      access: { roles: ['admin', 'process_owner'] },
      query: z.object({
        state: z.enum(['open', 'resolved']).default('open'),
        key: z.string().max(64).optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
        cursor: z.string().max(40).optional(),
      }),
      responses: {
        200: { description: 'A page; pass nextCursor as cursor for the next', schema: z.object({ items: z.array(incidentSchema), nextCursor: z.string().nullable() }) },
        403: { description: 'Only process owners and admins' },
      },
      async handle({ em, query }) {
        const page = await listIncidents(em, query);
        return {
          body: {
            items: page.items.map((i) => ({ ...i, raisedAt: i.raisedAt.toISOString(), resolvedAt: i.resolvedAt?.toISOString() ?? null })),
            nextCursor: page.nextCursor,
          },
        };
      },
    }),
  ];
}
