import { Client, Connection } from '@temporalio/client';
import type { ResumeState } from '../../workflows/process/parked.ts';
import type { ProcessInput } from '../../workflows/process/types.ts';
import { userWithRoles } from './http.ts';
import { deployFixture, eventually, fixture } from './process.ts';
import { startStack, type Stack } from './stack.ts';

type Person = Awaited<ReturnType<typeof userWithRoles>>;

/** A stack for continue-as-new tests, with a process owner, a sales manager and Temporal's view of the runs. */
export interface ContinuingStack {
  stack: Stack;
  owner: Person;
  manager: Person;
  temporal: ContinuedRuns;
  stop: () => Promise<void>;
}

/**
 * Starts the stack with a history limit so short (`historyLimit` events) that a run continues
 * as new at nearly every step while its tokens wait, and deploys `processes` (key -> fixture file).
 */
export async function startContinuingStack(processes: Record<string, string>, historyLimit = 15): Promise<ContinuingStack> {
  process.env.PROCESS_HISTORY_LIMIT = String(historyLimit);
  const stack = await startStack({ worker: true });
  let connection: Connection | undefined;
  const stop = async () => {
    delete process.env.PROCESS_HISTORY_LIMIT;
    await connection?.close();
    await stack.stop();
  };
  try {
    const owner = await userWithRoles(stack, ['process_owner']);
    const manager = await userWithRoles(stack, ['sales_manager']);
    for (const [key, file] of Object.entries(processes)) await deployFixture(stack, owner.token, key, fixture(file));
    connection = await Connection.connect({ address: stack.target.address });
    const temporal = new ContinuedRuns(new Client({ connection, namespace: stack.target.namespace }));
    return { stack, owner, manager, temporal, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

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
