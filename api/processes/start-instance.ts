import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { EntityManager } from '@mikro-orm/postgresql';
import { registerInstance, type ProcessVersion } from '../../domain/processes/index.ts';
import { workflowTypes, type ProcessInput } from '../../workflows/names.ts';
import type { ApiContext } from '../context.ts';

export interface StartRequest {
  workflowId: string;
  version: ProcessVersion;
  variables: Record<string, unknown>;
  record: { type: string; id: string } | null;
  startedBy: number;
  /** A message or timer start event; the none start event when absent. */
  startNodeId?: string;
}

/**
 * Registers the instance row (visible at once) and starts its workflow. A workflow id that
 * already runs is the same start retried: nothing new is started.
 */
export async function startInstance(ctx: ApiContext, em: EntityManager, req: StartRequest): Promise<void> {
  const { version } = req;
  const input: ProcessInput = {
    definitionKey: version.definitionKey,
    versionNumber: version.number,
    graph: version.graph,
    variables: req.variables,
    record: req.record,
    startedBy: req.startedBy,
    ...(req.startNodeId ? { startNodeId: req.startNodeId } : {}),
    // Tests set a small limit to see instances continue-as-new; else Temporal's suggestion.
    ...(process.env.PROCESS_HISTORY_LIMIT ? { historyLimit: Number(process.env.PROCESS_HISTORY_LIMIT) } : {}),
  };
  await registerInstance(em, {
    workflowId: req.workflowId,
    definitionKey: version.definitionKey,
    versionNumber: version.number,
    record: req.record,
    startedBy: req.startedBy,
    variables: req.variables,
  });
  try {
    await ctx.temporal.client.workflow.start(workflowTypes.process, { taskQueue: ctx.temporal.target.taskQueue, workflowId: req.workflowId, args: [input] });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
}
