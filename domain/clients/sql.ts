import type { EntityManager } from '@mikro-orm/postgresql';

/** Runs parameterised SQL (`?` placeholders) in the caller's transaction, if any. */
export function sqlRows<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute(sql, params, 'all', em.getTransactionContext()) as Promise<T[]>;
}

/** Runs a statement and answers the number of rows it touched. */
export async function sqlRun(em: EntityManager, sql: string, params: unknown[] = []): Promise<number> {
  const res = (await em.getConnection().execute(sql, params, 'run', em.getTransactionContext())) as { affectedRows?: number };
  return res.affectedRows ?? 0;
}
