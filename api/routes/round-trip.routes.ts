import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { findRoundTrip } from '../../domain/system/index.ts';
import { workflowTypes, type RoundTripInput } from '../../workflows/names.ts';
import type { ApiContext } from '../context.ts';
import { Problem } from '../problem.ts';
import { defineRoute } from '../route.ts';

const roundTripSchema = z
  .object({ id: z.uuid(), workflowId: z.string(), message: z.string(), requestedBy: z.number().int(), recordedAt: z.iso.datetime() })
  .meta({ id: 'RoundTrip' });

const admins = { roles: ['admin'] };

/**
 * An admin's wiring check: the API starts a workflow, the worker's activity writes a row,
 * the API reads it back. An Idempotency-Key makes a retried request return the same row.
 */
export function roundTripRoutes(ctx: ApiContext) {
  return [
    defineRoute({
      method: 'post',
      path: '/system/round-trips',
      summary: 'Run a workflow that writes a row in PostgreSQL and return that row',
      tags: ['system'],
      access: admins,
      body: z.strictObject({ message: z.string().trim().min(1).max(500) }),
      responses: {
        201: { description: 'The row the activity wrote', schema: roundTripSchema },
        403: { description: 'Admins only' },
        422: { description: 'Invalid request' },
        504: { description: 'The worker did not finish in time' },
      },
      async handle({ em, user, body, req }) {
        const key = req.get('Idempotency-Key');
        const workflowId = key ? `round-trip-${user.id}-${key}` : `round-trip-${randomUUID()}`;
        const input: RoundTripInput = { message: body.message, requestedBy: user.id };
        const { client, target } = ctx.temporal;
        try {
          await client.workflow.start(workflowTypes.roundTrip, {
            taskQueue: target.taskQueue,
            workflowId,
            args: [input],
            workflowExecutionTimeout: '5 minutes',
          });
        } catch (err) {
          if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        }
        await waitForResult(ctx, workflowId);
        const row = await findRoundTrip(em, workflowId);
        if (!row) throw new Problem(500, 'round_trip.missing', 'The workflow finished but its row is missing');
        return { status: 201, body: row };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/system/round-trips/:workflowId',
      summary: 'Read back the row of a round trip',
      tags: ['system'],
      access: admins,
      params: z.object({ workflowId: z.string().min(1).max(200) }),
      responses: {
        200: { description: 'The row', schema: roundTripSchema },
        403: { description: 'Admins only' },
        404: { description: 'No such round trip' },
      },
      async handle({ em, params }) {
        const row = await findRoundTrip(em, params.workflowId);
        if (!row) throw new Problem(404, 'not_found', 'No such round trip');
        return { body: row };
      },
    }),
  ];
}

async function waitForResult(ctx: ApiContext, workflowId: string): Promise<void> {
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(
      () => reject(new Problem(504, 'round_trip.timeout', 'The worker did not finish in time', 'Is a worker running?')),
      30_000,
    ).unref(),
  );
  await Promise.race([ctx.temporal.client.workflow.getHandle(workflowId).result(), timeout]);
}
