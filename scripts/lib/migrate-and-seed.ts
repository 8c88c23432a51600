import { ensureFirstAdmin } from '../../domain/access/index.ts';
import { migrate, openOrm } from '../../domain/orm.ts';

/** Applies pending migrations, then creates the first admin when the environment names one. */
export async function migrateAndSeed(url: string, admin: { email?: string; password?: string }) {
  const orm = await openOrm(url);
  try {
    const ran = await migrate(orm);
    const created = await ensureFirstAdmin(orm.em.fork(), admin);
    return { ran, adminCreated: created?.email ?? null };
  } finally {
    await orm.close();
  }
}
