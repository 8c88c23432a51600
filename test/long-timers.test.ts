import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createActivities } from '../activities/index.ts';
import { createUser } from '../domain/access/index.ts';
import { NotificationSchema } from '../domain/notifications/index.ts';
import { ProcessEventSchema, TaskSchema } from '../domain/processes/index.ts';
import { compileProcess } from '../domain/processes/model/compile.ts';
import type { CompiledProcess } from '../domain/processes/model/graph.ts';
import { openOrm } from '../domain/orm.ts';
import { resolveTimeSkippingServer } from '../scripts/lib/temporal-cli.ts';
import { createMailer } from '../activities/delivery/mailer.ts';
import { createLivePush } from '../domain/system/index.ts';
import { fixture } from './support/process.ts';
import { addWorkingDuration, type CalendarData } from '../workflows/process/working-time.ts';
import { saveCalendar } from '../domain/calendars/index.ts';
import { startSmtpPeer } from './support/smtp.ts';
import { freshDatabase } from './support/stack.ts';

/**
 * Escalation with timers of days, on Temporal's time-skipping test server: the process
 * workflow and its activities run for real against PostgreSQL and an SMTP peer.
 */
let env: TestWorkflowEnvironment;
let orm: MikroORM;
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
let graph: CompiledProcess;
const taskQueue = `skip-${randomUUID()}`;
let worker: Worker;
let running: Promise<void>;
let mailer: ReturnType<typeof createMailer>;
const people: Record<'agent' | 'supervisor' | 'head', { id: number; email: string }> = {} as never;

beforeAll(async () => {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // already installed in this process
  }
  const server = resolveTimeSkippingServer();
  env = await TestWorkflowEnvironment.createTimeSkipping(server ? { server: { executable: { type: 'existing-path', path: server } } } : {});
  smtp = await startSmtpPeer();
  orm = await openOrm(await freshDatabase());
  const em = orm.em.fork();
  for (const [name, roles] of [['agent', ['agent']], ['supervisor', ['agent']], ['head', ['head_of_sales']]] as const) {
    const user = await createUser(em, { email: `${name}-${randomUUID().slice(0, 6)}@example.test`, displayName: name, password: 'correct horse battery', roleCodes: [...roles] });
    people[name] = { id: user.id, email: user.email };
  }
  const [team] = (await em.getConnection().execute(`insert into team (name, head_id, created_at, version) values ('Service desk', ?, now(), 1) returning id`, [people.supervisor.id])) as { id: number }[];
  await em.getConnection().execute(`update app_user set team_id = ? where id = ?`, [team!.id, people.agent.id]);
  graph = await compiled('complaint-escalation');
  const mail = { smtpUrl: smtp.url, from: 'Process CRM <crm@example.test>' };
  mailer = createMailer(mail);
  const delivery = { orm, mail, mailer, live: createLivePush(undefined) };
  worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: { code: inject('workflowBundleCode') }, activities: createActivities({ orm, delivery }) });
  running = worker.run();
}, 120_000);
afterAll(async () => {
  worker?.shutdown();
  await running;
  mailer?.close();
  await env?.teardown();
  await orm?.close();
  await smtp?.close();
});

function run(variables: Record<string, unknown>, process = graph, workflowId = `complaint-${randomUUID()}`) {
  return env.client.workflow.execute('processWorkflow', {
    taskQueue,
    workflowId,
    args: [{ definitionKey: process.processId, versionNumber: 1, graph: process, variables, record: { type: 'claim', id: '7' }, startedBy: null }],
  });
}

async function compiled(name: string, replacements: Record<string, string> = {}): Promise<CompiledProcess> {
  const result = await compileProcess(fixture(name, replacements));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.graph;
}

describe('escalating an open user task after days', () => {
  it('notifies assignee, supervisor and head (in-app and e-mail) after P2D, then reroutes after P3D', async () => {
    const complaint = `C-${randomUUID().slice(0, 4)}`;
    const result = await run({ agentEmail: people.agent.email, complaint, escalateAfter: 'P2D', rerouteAfter: 'P3D' });
    expect(result.status).toBe('completed');

    const em = orm.em.fork();
    const [task] = await em.find(TaskSchema, { input: { complaint } } as never);
    expect(task).toMatchObject({ assigneeId: people.agent.id, status: 'cancelled' });
    const notes = await em.find(NotificationSchema, { title: `Complaint ${complaint} is overdue` }, { orderBy: { userId: 'asc' } });
    expect(notes.map((n) => n.userId).sort()).toEqual([people.agent.id, people.supervisor.id, people.head.id].sort());
    expect(notes[0]).toMatchObject({ kind: 'escalation', link: '/inbox' });

    // One e-mail per person (each notification is mailed to its own user).
    const overdueMails = smtp.received.filter((m) => m.subject === `Complaint ${complaint} is overdue`);
    expect(overdueMails.flatMap((m) => m.to).sort()).toEqual([people.agent.email, people.supervisor.email, people.head.email].sort());
    expect(smtp.received.filter((m) => m.subject === `Complaint ${complaint} taken over`).map((m) => m.to)).toEqual([[people.head.email]]);

    const log = await em.find(ProcessEventSchema, { workflowId: task!.workflowId }, { orderBy: { occurredAt: 'asc', id: 'asc' } });
    const steps = log.filter((e) => ['task_created', 'timer_fired', 'task_escalated', 'instance_ended'].includes(e.type)).map((e) => `${e.type}:${e.nodeId ?? ''}`);
    // The escalation is logged at the instant its timer fired, on the workflow's clock (the
    // notify call runs in the same workflow task): the two may stand in either order.
    expect(steps.slice(1, 3).sort()).toEqual(['task_escalated:handle', 'timer_fired:overdue']);
    expect([steps[0], ...steps.slice(3)]).toEqual(['task_created:handle', 'timer_fired:takeover', 'instance_ended:']);
    const at = (type: string) => log.find((e) => e.type === type)!.occurredAt.getTime();
    expect(at('task_escalated')).toBe(at('timer_fired'));
    const fired = log.filter((e) => e.type === 'timer_fired').map((e) => e.occurredAt.getTime() - log[0]!.occurredAt.getTime());
    expect(fired[0]).toBeGreaterThanOrEqual(2 * 86_400_000);
    expect(fired[1]).toBeGreaterThanOrEqual(3 * 86_400_000);
  });

  it('does not escalate a task that was already taken away by the interrupting timer', async () => {
    const complaint = `C-${randomUUID().slice(0, 4)}`;
    await run({ agentEmail: people.agent.email, complaint, escalateAfter: 'P2D', rerouteAfter: 'P1D' });
    const em = orm.em.fork();
    expect(await em.count(NotificationSchema, { title: `Complaint ${complaint} is overdue` })).toBe(0);
    expect(smtp.received.filter((m) => m.subject.startsWith(`Complaint ${complaint}`)).map((m) => m.subject)).toEqual([`Complaint ${complaint} taken over`]);
  });
});

describe('timers and due dates in working time of a business calendar', () => {
  const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, from: '09:00', to: '17:00' }));
  const desk: CalendarData = { code: 'desk', timeZone: 'UTC', workingHours: weekdays, holidays: ['2026-12-24'] };

  it('counts the due date, a non-interrupting and an interrupting timer and a catch event in working hours', async () => {
    await saveCalendar(orm.em.fork(), 'desk', { name: 'Service desk', timeZone: 'UTC', workingHours: weekdays, holidays: [{ date: '2026-12-24', name: 'Christmas Eve' }] });
    const sla = await compiled('working-hours', { PROCESS_CALENDAR: 'desk', TASK_CALENDAR: 'desk' });
    const id = `sla-${randomUUID()}`;
    await run({}, sla, id);

    const em = orm.em.fork();
    const log = await em.find(ProcessEventSchema, { workflowId: id }, { orderBy: { occurredAt: 'asc', id: 'asc' } });
    const start = log[0]!.occurredAt.getTime();
    const [task] = await em.find(TaskSchema, { workflowId: id });
    // Workflow time moves on a little between the start and the task (activities run first).
    expect(Math.abs(task!.dueAt!.getTime() - addWorkingDuration(desk, start, 'PT8H'))).toBeLessThan(5_000);
    const fired = log.filter((e) => e.type === 'timer_fired').map((e) => [e.nodeId, e.occurredAt.getTime()] as const);
    expect(fired.map(([node]) => node)).toEqual(['half_time', 'breach', 'cool_down']);
    const near = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThan(5_000);
    near(fired[0]![1], addWorkingDuration(desk, start, 'PT4H'));
    near(fired[1]![1], addWorkingDuration(desk, start, 'PT8H'));
    near(fired[2]![1], addWorkingDuration(desk, fired[1]![1], 'P1D'));
  });

  it('raises an incident when the calendar does not exist, instead of guessing', async () => {
    const sla = await compiled('working-hours', { PROCESS_CALENDAR: 'nowhere', TASK_CALENDAR: 'nowhere' });
    const handle = await env.client.workflow.start('processWorkflow', {
      taskQueue,
      workflowId: `sla-${randomUUID()}`,
      args: [{ definitionKey: 'sla', versionNumber: 1, graph: sla, variables: {}, record: null, startedBy: null }],
    });
    const raised = async () => (await orm.em.fork().find(ProcessEventSchema, { workflowId: handle.workflowId, type: 'incident_raised' })).length;
    for (let i = 0; i < 100 && !(await raised()); i++) await new Promise((r) => setTimeout(r, 100));
    const [incident] = await orm.em.fork().find(ProcessEventSchema, { workflowId: handle.workflowId, type: 'incident_raised' });
    expect(incident?.data).toMatchObject({ message: 'There is no business calendar "nowhere"' });
    await handle.terminate();
  });
});
