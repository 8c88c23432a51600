import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignUserTeam, createTeam } from '../domain/access/index.ts';
import { ProcessEventSchema } from '../domain/processes/index.ts';
import { linearProcess, userTask } from './support/bpmn.ts';
import { call, userWithRoles } from './support/http.ts';
import { deployFixture, eventually, taskPath } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';

type User = { token: string; id: number; email: string };
let stack: Stack;
let owner: User, analyst: User, head: User, m1: User, m2: User;
let teamA: number, teamB: number;
const started: { id: string; by: User }[] = [];

const dueTask = (id: string, name: string) => {
  const t = userTask(id, name, '=assignee');
  return { id, xml: t.xml.replace('<zeebe:assignmentDefinition', '<zeebe:taskSchedule dueDate="=due" /><zeebe:assignmentDefinition') };
};

beforeAll(async () => {
  stack = await startStack({ worker: true });
  owner = await userWithRoles(stack, ['process_owner']);
  analyst = await userWithRoles(stack, ['analyst']);
  head = await userWithRoles(stack, ['head_of_sales']);
  m1 = await userWithRoles(stack, ['sales_manager']);
  m2 = await userWithRoles(stack, ['sales_manager']);
  const em = stack.orm.em.fork();
  teamA = (await createTeam(em, { name: 'Team A', headId: head.id })).id;
  teamB = (await createTeam(em, { name: 'Team B' })).id;
  await assignUserTeam(em, m1.id, teamA);
  await assignUserTeam(em, m2.id, teamB);
  await deployFixture(stack, owner.token, 'stats', linearProcess('stats', [dueTask('call', 'Call the client'), dueTask('offer', 'Send the offer')]));

  const past = new Date(Date.now() - 3600_000).toISOString();
  const future = new Date(Date.now() + 86_400_000).toISOString();
  for (const [by, source, due] of [[m1, 'web', past], [m1, 'web', past], [m1, 'web', past], [m2, 'expo', future], [m2, 'expo', future]] as const) {
    const answer = await call(stack, 'POST', '/process-instances', { token: by.token, body: { key: 'stats', variables: { assignee: by.email, source, due } } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    started.push({ id: answer.body.workflowId, by });
  }
  // Three calls done (two of m1's, one of m2's), then one offer: one instance ends.
  for (const i of [0, 1, 3]) await complete(started[i]!, 'call');
  await complete(started[0]!, 'offer');
  await eventually(async () => (await call(stack, 'GET', `/process-instances/${started[0]!.id}`, { token: owner.token })).body.status === 'completed', 'instance 0 to end');
  await eventually(async () => (await visibleTask(started[1]!, 'offer')) && (await visibleTask(started[3]!, 'offer')), 'offers to open');
});
afterAll(() => stack?.stop());

async function visibleTask(instance: { id: string; by: User }, nodeId: string) {
  const inbox = await call(stack, 'GET', '/tasks?view=mine', { token: instance.by.token });
  return inbox.body.items.find((t: { workflowId: string; nodeId: string }) => t.workflowId === instance.id && t.nodeId === nodeId);
}

async function complete(instance: { id: string; by: User }, nodeId: string) {
  const task = await eventually(() => visibleTask(instance, nodeId), `${nodeId} of ${instance.id}`);
  const done = await call(stack, 'POST', `${taskPath(task.id)}/complete`, { token: instance.by.token, body: { variables: {} } });
  expect(done.status, JSON.stringify(done.body)).toBe(200);
}

const statistics = (query: string, token = owner.token) => call(stack, 'GET', `/process-definitions/stats/statistics${query}`, { token });
interface NodeFigures {
  nodeId: string;
  avgMs: number;
  p90Ms: number;
}
const byNode = (body: { nodes: NodeFigures[] }): Record<string, NodeFigures> => Object.fromEntries(body.nodes.map((n) => [n.nodeId, n]));

/** Time in node per visit, straight from the event log, to check the SQL against. */
async function visitTimes(nodeId: string): Promise<number[]> {
  const events = await stack.orm.em.fork().find(ProcessEventSchema, { definitionKey: 'stats', nodeId, type: { $in: ['node_entered', 'node_left'] } }, { orderBy: { id: 'asc' } });
  const entered = new Map<string, Date>();
  const times: number[] = [];
  for (const e of events) {
    const key = `${e.workflowId}|${e.tokenId}`;
    if (e.type === 'node_entered') entered.set(key, e.occurredAt);
    else times.push(e.occurredAt.getTime() - entered.get(key)!.getTime());
  }
  return times.sort((a, b) => a - b);
}

function p90(sorted: number[]): number {
  const rank = 0.9 * (sorted.length - 1);
  const low = Math.floor(rank);
  return sorted[low]! + (sorted[Math.min(low + 1, sorted.length - 1)]! - sorted[low]!) * (rank - low);
}

describe('process statistics per node', () => {
  it('counts visits, open tokens and SLA breaches and measures time in node as the event log says', async () => {
    const answer = await statistics('');
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const nodes = byNode(answer.body);
    expect(nodes.start).toMatchObject({ entered: 5, completed: 5, open: 0 });
    expect(nodes.call).toMatchObject({ nodeType: 'userTask', entered: 5, completed: 3, open: 2, withDueDate: 5, slaBreaches: 3 });
    expect(nodes.offer).toMatchObject({ entered: 3, completed: 1, open: 2, withDueDate: 3, slaBreaches: 2 });
    expect(nodes.end).toMatchObject({ entered: 1 });

    const times = await visitTimes('call');
    expect(times).toHaveLength(3);
    const avg = times.reduce((a, b) => a + b, 0) / times.length;
    expect(Math.abs(nodes.call!.avgMs - avg)).toBeLessThanOrEqual(1);
    expect(Math.abs(nodes.call!.p90Ms - p90(times))).toBeLessThanOrEqual(1);
    expect(nodes.call!.avgMs).toBeGreaterThan(0);
  });

  it('slices by lead source, manager, team, version and period', async () => {
    expect(byNode((await statistics('?source=web')).body).call).toMatchObject({ entered: 3, completed: 2, open: 1 });
    expect(byNode((await statistics(`?manager=${m2.id}`)).body).call).toMatchObject({ entered: 2, completed: 1, open: 1, slaBreaches: 0 });
    expect(byNode((await statistics(`?team=${teamA}`, analyst.token)).body).call).toMatchObject({ entered: 3 });
    expect(byNode((await statistics('?version=1')).body).call).toMatchObject({ entered: 5 });
    expect((await statistics('?version=2')).body.nodes).toEqual([]);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    expect((await statistics(`?from=${tomorrow}`)).body.nodes).toEqual([]);
  });

  it('holds a head of sales to their teams and refuses managers and strangers', async () => {
    expect(byNode((await statistics('', head.token)).body).call).toMatchObject({ entered: 3, open: 1 });
    const outside = await statistics(`?manager=${m2.id}`, head.token);
    expect(outside.status).toBe(403);
    expect(outside.body.errors).toEqual([expect.objectContaining({ field: 'query.manager' })]);
    expect((await statistics(`?team=${teamB}`, head.token)).status).toBe(403);
    expect((await statistics('', m1.token)).status).toBe(403);
    expect((await call(stack, 'GET', '/process-definitions/stats/statistics')).status).toBe(401);
    expect((await call(stack, 'GET', '/process-definitions/nope/statistics', { token: owner.token })).status).toBe(404);
    const badDate = await statistics('?from=yesterday');
    expect(badDate.status).toBe(422);
    expect(badDate.body.errors).toEqual([expect.objectContaining({ field: 'query.from' })]);
  });
});
