import type { Client } from '@temporalio/client';
import type { ResumeState } from '../../workflows/process/parked.ts';
import type { ProcessInput } from '../../workflows/process/types.ts';
import { eventually } from './process.ts';

/** What continue-as-new tests read from Temporal: an instance's runs and what each started with. */
export class ContinuedRuns {
  constructor(private readonly client: Client) {}

  /** Every run of the instance, oldest first, as Temporal's visibility lists them. */
  runsOf = async (id: string) => {
    const runs: { runId: string; status: string; startTime: Date }[] = [];
    for await (const run of this.client.workflow.list({ query: `WorkflowId = '${id}'` })) runs.push({ runId: run.runId, status: run.status.name, startTime: run.startTime });
    return runs.sort((a, b) => a.startTime.getTime() - b.startTime.getTime());
  };

  continuedRuns = async (id: string) => (await this.runsOf(id)).filter((r) => r.status === 'CONTINUED_AS_NEW');

  historyOf = (id: string, runId?: string) => this.client.workflow.getHandle(id, runId).fetchHistory();

  /** The state a run (default the latest) was started with to resume the instance (null in the first run). */
  resumeOf = async (id: string, runId?: string): Promise<ResumeState | null> => {
    const payload = (await this.historyOf(id, runId)).events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0];
    return (JSON.parse(Buffer.from(payload!.data!).toString()) as ProcessInput).resume ?? null;
  };

  /**
   * The latest run's resume state once `check` accepts it. A waiting run looks at its history's
   * length only when something happens, so every 2 s `poke` gives it something (a message
   * nobody waits for, which the runs carry along undelivered).
   */
  carriedWhen = async (id: string, check: (resume: ResumeState) => boolean, poke: () => Promise<unknown>, what: string): Promise<ResumeState> => {
    let pokeAt = Date.now() + 2000;
    return eventually(async () => {
      const resume = await this.resumeOf(id);
      if (resume && check(resume)) return resume;
      if (Date.now() > pokeAt) {
        await poke();
        pokeAt = Date.now() + 2000;
      }
      return null;
    }, what, 30_000);
  };
}
