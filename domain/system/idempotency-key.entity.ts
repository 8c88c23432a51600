import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** The answer to a creating POST, stored under the caller's Idempotency-Key so a retry gets it again. */
export const IdempotencyKeySchema = defineEntity({
  name: 'IdempotencyKey',
  tableName: 'idempotency_key',
  properties: {
    userId: p.integer().primary(),
    scope: p.string().length(100).primary(),
    key: p.string().length(200).primary(),
    status: p.integer(),
    response: p.json<unknown>(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type IdempotencyKey = InferEntity<typeof IdempotencyKeySchema>;
