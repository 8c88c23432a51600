import fs from 'node:fs';
import path from 'node:path';
import { historyFromJSON, historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { Client, Connection } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { inject } from 'vitest';

export const historiesDir = path.resolve('test/fixtures/histories');

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
 * replay. The workflow id must be the original one: task ids (and so the completions that
 * Updates carry) are derived from it.
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

interface StoredHistory {
  scenario: string;
  workflowId: string;
  history: unknown;
}

export function readHistories(): StoredHistory[] {
  if (!fs.existsSync(historiesDir)) return [];
  return fs
    .readdirSync(historiesDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const stored = JSON.parse(fs.readFileSync(path.join(historiesDir, f), 'utf8')) as { workflowId: string; history: unknown };
      return { scenario: path.basename(f, '.json'), workflowId: stored.workflowId, history: historyFromJSON(stored.history) };
    });
}

/** With RECORD_HISTORIES=1 the engine tests keep their histories as fixtures for the replay test. */
export function keepHistory(scenario: string, workflowId: string, history: Parameters<typeof historyToJSON>[0]): void {
  if (!process.env.RECORD_HISTORIES) return;
  fs.mkdirSync(historiesDir, { recursive: true });
  const json = `{"workflowId":${JSON.stringify(workflowId)},"history":${historyToJSON(history)}}\n`;
  fs.writeFileSync(path.join(historiesDir, `${scenario}.json`), json);
}
