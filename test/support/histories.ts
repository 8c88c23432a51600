import { Client, Connection } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { inject } from 'vitest';

export async function fetchHistories(address: string, workflowIds: string[]) {
  const connection = await Connection.connect({ address });
  try {
    const client = new Client({ connection });
    return await Promise.all(workflowIds.map(async (id) => ({ workflowId: id, history: await client.workflow.getHandle(id).fetchHistory() })));
  } finally {
    await connection.close();
  }
}

/**
 * Replays each history on its own against today's workflow code; returns those that no longer
 * replay. (One runReplayHistories call over several histories reported false failures.)
 */
export async function replayFailures(histories: { workflowId: string; history: unknown }[]): Promise<string[]> {
  const failures: string[] = [];
  for (const { workflowId, history } of histories) {
    await Worker.runReplayHistory({ workflowBundle: { code: inject('workflowBundleCode') } }, history as never, workflowId).catch((err: unknown) =>
      failures.push(`${workflowId}: ${String(err).slice(0, 300)}`),
    );
  }
  return failures;
}
