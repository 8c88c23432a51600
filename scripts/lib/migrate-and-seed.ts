import { ensureFirstAdmin } from '../../domain/access/index.ts';
import { migrate, openOrm } from '../../domain/orm.ts';
import { ensureDefaultSalesProcesses } from '../../domain/sales/index.ts';

/** Deployed by the system, not by a person (no user row has id 0). */
const SYSTEM_USER = 0;

/**
 * Applies pending migrations, creates the first admin when the environment names one, and
 * deploys the default Sales processes that are not deployed yet.
 */
export async function migrateAndSeed(url: string, admin: { email?: string; password?: string }) {
  const orm = await openOrm(url);
  try {
    const ran = await migrate(orm);
    const created = await ensureFirstAdmin(orm.em.fork(), admin);
    const processes = await ensureDefaultSalesProcesses(orm.em.fork(), SYSTEM_USER);
    return { ran, adminCreated: created?.email ?? null, processesDeployed: processes };
  } finally {
    await orm.close();
  }
}
