import { condition, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { ProcessActivities, StepEvent } from '../../activities/process.activities.ts';
import { completeTaskUpdate, type CompleteTaskRequest } from '../../workflows/process/messages.ts';

const projection = proxyActivities<ProcessActivities>({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '30 seconds' } });

interface Input {
  owner: string;
  startedBy: number;
  variables: Record<string, unknown>;
}

/**
 * The bench's yardstick: the three-task process of bench/engine/fixtures/three-tasks.bpmn
 * written by hand against the same activities (task rows, event log, instance row), so the
 * difference in rate is the cost of interpreting a graph.
 */
export async function handwrittenThreeTasks(input: Input): Promise<void> {
  const { workflowId } = workflowInfo();
  const ref = { workflowId, definitionKey: 'bench_handwritten', versionNumber: 1 };
  const vars: Record<string, unknown> = { ...input.variables };
  const completions = new Map<string, CompleteTaskRequest>();
  const open = new Set<string>();
  setHandler(completeTaskUpdate, (req) => {
    completions.set(req.taskId, req);
    return { taskId: req.taskId, completedAt: new Date().toISOString() };
  }, {
    validator: (req) => {
      if (!open.has(req.taskId) || completions.has(req.taskId)) throw new Error('The task is not open');
    },
  });
  let seq = 0;
  let events: StepEvent[] = [];
  const log = (type: StepEvent['type'], nodeId?: string, taskId?: string) =>
    events.push({ dedupeKey: `${workflowId}:${++seq}`, type, nodeId, taskId, occurredAt: new Date().toISOString() });
  const flush = async (status: 'active' | 'completed', node: string | null) => {
    const batch = events;
    events = [];
    await projection.recordProgress({
      ...ref,
      events: batch,
      currentNodes: node ? [node] : [],
      stage: null,
      status,
      variables: vars,
      record: null,
      startedBy: input.startedBy,
      startedAt: workflowInfo().startTime.toISOString(),
      ...(status === 'completed' ? { endedAt: new Date().toISOString() } : {}),
    });
  };
  const userTask = async (nodeId: string) => {
    const taskId = `${workflowId}/t${++seq}`;
    open.add(taskId);
    log('node_entered', nodeId);
    await flush('active', nodeId);
    await projection.createTask({
      ...ref, taskId, nodeId, name: nodeId, assignee: input.owner, candidateUsers: [], candidateGroups: [], priority: 50,
      dueAt: null, followUpAt: null, form: null, input: vars, record: null, createdAt: new Date().toISOString(),
    });
    log('task_created', nodeId, taskId);
    await condition(() => completions.has(taskId));
    const done = completions.get(taskId)!;
    open.delete(taskId);
    Object.assign(vars, done.variables);
    log('task_completed', nodeId, taskId);
    log('node_left', nodeId);
    await projection.closeTask({ taskId, status: 'completed', actorId: done.actorId, result: done.variables, at: new Date().toISOString() });
  };

  log('instance_started');
  await userTask('qualify');
  if (Number(vars.budget) > 1000) await userTask('approve');
  await userTask('close');
  log('instance_ended');
  await flush('completed', null);
}
