import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { instancesWaitingFor, messageStarts } from '../../domain/processes/index.ts';
import { idempotent } from '../../domain/system/index.ts';
import { messageSignal } from '../../workflows/names.ts';
import type { ApiContext } from '../context.ts';
import { startInstance } from '../processes/start-instance.ts';
import { defineRoute } from '../route.ts';

const recordTypes = ['deal', 'claim', 'service_request', 'campaign', 'client'] as const;

const answerSchema = z
  .object({
    started: z.array(z.object({ workflowId: z.string(), key: z.string(), version: z.number().int() })),
    correlated: z.array(z.object({ workflowId: z.string() })),
  })
  .meta({ id: 'MessageAnswer' });

/** Publishing a message: it wakes the instances waiting for it and starts the processes it starts. */
export function messageRoutes(ctx: ApiContext) {
  return [
    defineRoute({
      method: 'post',
      path: '/messages',
      summary: 'Publish a message: correlates it to waiting instances and starts every active process with that message start event (Idempotency-Key makes a retry return the first answer)',
      tags: ['processes'],
      access: 'user',
      body: z.strictObject({
        name: z.string().min(1).max(255),
        correlationKey: z.string().max(500).optional(),
        variables: z.record(z.string(), z.unknown()).default({}),
        record: z.strictObject({ type: z.enum(recordTypes), id: z.string().min(1).max(100) }).optional(),
      }),
      responses: {
        200: { description: 'What the message started and which waiting instances it reached (both may be empty)', schema: answerSchema },
        422: { description: 'Invalid input' },
      },
      async handle({ em, body, user, req }) {
        const idempotencyKey = req.get('Idempotency-Key');
        const answer = await idempotent(em, { userId: user.id, scope: 'messages', key: idempotencyKey }, async (tx) => {
          const waiting = await instancesWaitingFor(tx, user, body.name, body.correlationKey);
          const delivery = { name: body.name, ...(body.correlationKey !== undefined ? { correlationKey: body.correlationKey } : {}), variables: body.variables };
          for (const workflowId of waiting) await ctx.temporal.client.workflow.getHandle(workflowId).signal(messageSignal, delivery);
          const started = [];
          for (const { version, nodeId } of await messageStarts(tx, body.name)) {
            const workflowId = `process-${version.definitionKey}-${idempotencyKey ? `msg-${user.id}-${idempotencyKey}` : randomUUID()}`;
            await startInstance(ctx, tx, { workflowId, version, variables: body.variables, record: body.record ?? null, startedBy: user.id, startNodeId: nodeId });
            started.push({ workflowId, key: version.definitionKey, version: version.number });
          }
          return { status: 200, body: { started, correlated: waiting.map((workflowId) => ({ workflowId })) } };
        });
        return { status: answer.status, body: answer.body };
      },
    }),
  ];
}
