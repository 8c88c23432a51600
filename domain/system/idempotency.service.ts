import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../errors.ts';
import { IdempotencyKeySchema } from './idempotency-key.entity.ts';

export interface IdempotentAnswer {
  status: number;
  body: unknown;
  replayed?: boolean;
}

/**
 * Runs a creating request once per (user, scope, key): the answer is stored in the same
 * transaction as the creation, so a retry — even a concurrent one — gets the first answer
 * and never a second record. Without a key it just runs in a transaction.
 */
export async function idempotent(
  em: EntityManager,
  id: { userId: number; scope: string; key?: string | null },
  run: (tx: EntityManager) => Promise<IdempotentAnswer>,
): Promise<IdempotentAnswer> {
  const key = id.key?.trim();
  if (!key) return em.transactional(run);
  if (key.length > 200) throw new DomainError('idempotency_key.too_long', 'Idempotency-Key is at most 200 characters', 400);
  const where = { userId: id.userId, scope: id.scope, key };
  const stored = async () => {
    const row = await em.fork().findOne(IdempotencyKeySchema, where);
    return row ? { status: row.status, body: row.response, replayed: true } : null;
  };
  const earlier = await stored();
  if (earlier) return earlier;
  try {
    return await em.transactional(async (tx) => {
      const answer = await run(tx);
      tx.create(IdempotencyKeySchema, { ...where, status: answer.status, response: answer.body as object });
      await tx.flush();
      return answer;
    });
  } catch (err) {
    const again = err instanceof UniqueConstraintViolationException ? await stored() : null;
    if (again) return again;
    throw err;
  }
}
