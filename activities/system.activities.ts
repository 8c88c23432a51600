import type { MikroORM } from '@mikro-orm/postgresql';
import { recordRoundTrip, type RoundTripRecord } from '../domain/system/index.ts';

export function createSystemActivities({ orm }: { orm: MikroORM }) {
  return {
    async recordRoundTrip(input: RoundTripRecord): Promise<{ id: string; workflowId: string }> {
      const row = await recordRoundTrip(orm.em.fork(), input);
      return { id: row.id, workflowId: row.workflowId };
    },
  };
}
