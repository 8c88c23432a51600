import type { EntityManager } from '@mikro-orm/postgresql';

/** What a colleague still owns: work that stalls when they leave unless someone takes it over. */
export interface Holdings {
  openTasks: number;
  clients: number;
  openDeals: number;
}

/** Counted in SQL over the projections (tasks, live clients, open deals); merged-away clients do not count. */
export async function holdingsOf(em: EntityManager, userId: number): Promise<Holdings> {
  const [row] = await em.getConnection().execute<{ open_tasks: string; clients: string; open_deals: string }[]>(
    `select
       (select count(*) from task where assignee_id = ? and status = 'open') as open_tasks,
       (select count(*) from counterparty where responsible_id = ? and merged_into_id is null) as clients,
       (select count(*) from deal where responsible_id = ? and status = 'open') as open_deals`,
    [userId, userId, userId],
  );
  return { openTasks: Number(row!.open_tasks), clients: Number(row!.clients), openDeals: Number(row!.open_deals) };
}
