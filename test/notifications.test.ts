import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignUserTeam, createTeam } from '../domain/access/index.ts';
import { NotificationSchema, SentMailSchema } from '../domain/notifications/index.ts';
import { ProcessEventSchema } from '../domain/processes/index.ts';
import { call, userWithRoles } from './support/http.ts';
import { deployFixture, eventually, fixture, taskPath } from './support/process.ts';
import { startSmtpPeer } from './support/smtp.ts';
import { startStack, type Stack } from './support/stack.ts';

type User = { token: string; id: number; email: string };
let stack: Stack;
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
let owner: User, agent: User, head: User, stranger: User;
const sockets: Socket[] = [];

beforeAll(async () => {
  smtp = await startSmtpPeer();
  stack = await startStack({ worker: true, mail: { smtpUrl: smtp.url, from: 'Process CRM <crm@example.test>' } });
  owner = await userWithRoles(stack, ['process_owner']);
  agent = await userWithRoles(stack, ['agent']);
  head = await userWithRoles(stack, ['head_of_sales']);
  stranger = await userWithRoles(stack, ['agent']);
  const em = stack.orm.em.fork();
  const team = await createTeam(em, { name: 'Service desk', headId: head.id });
  await assignUserTeam(em, agent.id, team.id);
  await deployFixture(stack, owner.token, 'review', fixture('review-escalation', { EXTRA: '' }));
  await deployFixture(stack, owner.token, 'review_typo', fixture('review-escalation', { EXTRA: ',role:no_such_role' }));
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await stack?.stop();
  await smtp?.close();
});

function listen(user: User) {
  const socket = connect(stack.url, { path: '/socket.io', auth: { token: user.token }, transports: ['websocket'], reconnection: false });
  sockets.push(socket);
  const got: { id: number; kind: string; title: string }[] = [];
  const inbox: { taskId: string; reason: string }[] = [];
  socket.on('notification', (n: { id: number; kind: string; title: string }) => got.push(n));
  socket.on('inbox.changed', (c: { taskId: string; reason: string }) => inbox.push(c));
  return { got, inbox, ready: new Promise((resolve) => socket.on('session', resolve)) };
}

async function start(key: string, complaint: string, escalateAfter = 'PT1S') {
  const answer = await call(stack, 'POST', '/process-instances', {
    token: owner.token,
    body: { key, variables: { agent: agent.email, complaint, escalateAfter, clientEmail: 'Client@Example.test' } },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.workflowId as string;
}

describe('escalation of an overdue task', () => {
  it('notifies the assignee and their head in the app, live and by e-mail, once each, even when the mail server fails once', async () => {
    const agentLive = listen(agent);
    const strangerLive = listen(stranger);
    await Promise.all([agentLive.ready, strangerLive.ready]);
    // The first e-mail is refused: the step is retried and must not notify anyone twice.
    smtp.failNext(1);
    const id = await start('review', 'C-101');

    const em = stack.orm.em.fork();
    const escalated = await eventually(async () => (await em.find(ProcessEventSchema, { workflowId: id, type: 'task_escalated' })).at(0), 'the escalation', 30_000);
    expect(escalated).toMatchObject({ nodeId: 'answer', taskId: expect.stringContaining(id) });
    await eventually(async () => smtp.to(agent.email).length === 1 && smtp.to(head.email).length === 1, 'one e-mail each', 30_000);
    expect(smtp.to(agent.email)[0]).toMatchObject({ subject: 'Complaint C-101 is overdue', messageId: expect.stringMatching(/@example\.test>$/) });

    const rows = await em.fork().find(NotificationSchema, { key: { $like: `${id}/%` } }, { orderBy: { userId: 'asc' } });
    expect(rows.map((r) => [r.userId, r.kind, r.title, r.mailedAt !== null])).toEqual([
      [agent.id, 'escalation', 'Complaint C-101 is overdue', true],
      [head.id, 'escalation', 'Complaint C-101 is overdue', true],
    ]);
    await eventually(async () => agentLive.got.length > 0, 'the live notification');
    expect(agentLive.got[0]).toMatchObject({ kind: 'escalation', title: 'Complaint C-101 is overdue', id: rows[0]!.id });

    // The task is still open (the timer does not interrupt); answering it ends the process and mails the client.
    const inbox = await call(stack, 'GET', '/tasks?view=mine', { token: agent.token });
    const task = inbox.body.items.find((t: { workflowId: string }) => t.workflowId === id);
    expect((await call(stack, 'POST', `${taskPath(task.id)}/complete`, { token: agent.token, body: { variables: {} } })).status).toBe(200);
    await eventually(async () => (await call(stack, 'GET', `/process-instances/${id}`, { token: owner.token })).body.status === 'completed', 'the end');
    expect(smtp.to('client@example.test').map((m) => m.subject)).toEqual(['Your complaint is answered']);
    expect(await stack.orm.em.fork().count(SentMailSchema, { sentAt: { $ne: null } })).toBe(1);
    expect(smtp.to(agent.email)).toHaveLength(1);
    // The agent's inbox was told live when the task arrived and when it was done.
    await eventually(async () => agentLive.inbox.filter((c) => c.taskId === task.id).length >= 2, 'inbox pushes');
    expect(agentLive.inbox.filter((c) => c.taskId === task.id).map((c) => c.reason)).toEqual(['created', 'completed']);
    expect(strangerLive.inbox).toEqual([]);
    expect(strangerLive.got).toEqual([]);
  });

  it('turns an unknown recipient in the model into an incident instead of a silent non-delivery', async () => {
    const id = await start('review_typo', 'C-102');
    const state = await eventually(async () => {
      const answer = await call(stack, 'GET', `/process-instances/${id}`, { token: owner.token });
      return answer.body.incidents?.length ? answer.body : null;
    }, 'the incident', 30_000);
    expect(state.incidents[0].message).toContain('no_such_role');
    expect(await stack.orm.em.fork().count(NotificationSchema, { key: { $like: `${id}/%` } })).toBe(0);
  });
});

describe('notifications API', () => {
  it('lists my notifications with the unread count and marks them read; another user’s is not mine to touch', async () => {
    const mine = await call(stack, 'GET', '/notifications?unread=true', { token: agent.token });
    expect(mine.status).toBe(200);
    expect(mine.body.unread).toBeGreaterThanOrEqual(1);
    const first = mine.body.items[0];
    expect((await call(stack, 'POST', `/notifications/${first.id}/read`, { token: stranger.token })).status).toBe(404);
    const read = await call(stack, 'POST', `/notifications/${first.id}/read`, { token: agent.token });
    expect(read.body.readAt).not.toBeNull();
    expect((await call(stack, 'GET', '/notifications', { token: stranger.token })).body).toMatchObject({ items: [], unread: 0 });
    await call(stack, 'POST', '/notifications/read-all', { token: head.token });
    expect((await call(stack, 'GET', '/notifications?unread=true', { token: head.token })).body.unread).toBe(0);
    expect((await call(stack, 'GET', '/notifications')).status).toBe(401);
  });
});
