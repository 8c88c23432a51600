import { ApplicationFailure, Context } from '@temporalio/activity';
import { DomainError } from '../domain/errors.ts';
import { resolveRecipients } from '../domain/notifications/index.ts';
import { appendEvents, ProcessInstanceSchema, TaskSchema } from '../domain/processes/index.ts';
import type { Connector } from './connectors.ts';
import { notifyUsers, type DeliveryDeps } from './delivery/notify-users.ts';

const text = (v: unknown) => (v === undefined || v === null ? undefined : String(v));

/**
 * Task type `notify`: an in-app notification (pushed live) and its e-mail copy to the users
 * the model names. Headers or input: `to` (user ids or e-mails, `role:<code>`,
 * `assignee:<task>`, `supervisor:<task>`), `title`, `body`, `link`, `kind`; header
 * `email: "false"` keeps it in the app; header `escalates: <task>` logs `task_escalated` for
 * that open task. Keyed by the step, so a retry notifies nobody twice.
 */
export function createNotifyConnector(deps: DeliveryDeps): Connector {
  return async ({ headers, input, idempotencyKey, at }) => {
    const workflowId = Context.current().info.workflowExecution!.workflowId;
    const to = (text(input.to) ?? headers.to ?? '').split(',');
    const title = text(input.title) ?? headers.title;
    if (!title) throw ApplicationFailure.nonRetryable('The notify task needs a "title" (header or input)', 'connector.config');
    const em = deps.orm.em.fork();
    let recipients;
    try {
      recipients = await resolveRecipients(em, to, { workflowId });
    } catch (err) {
      if (err instanceof DomainError) throw ApplicationFailure.nonRetryable(err.message, err.code);
      throw err;
    }
    const rows = await notifyUsers(deps, {
      key: idempotencyKey,
      userIds: recipients.map((r) => r.id),
      kind: text(input.kind) ?? headers.kind ?? (headers.escalates ? 'escalation' : 'process'),
      title,
      body: text(input.body) ?? headers.body ?? '',
      link: text(input.link) ?? headers.link ?? null,
      email: headers.email !== 'false',
    });
    if (headers.escalates) await logEscalation(deps, workflowId, headers.escalates, idempotencyKey, rows.map((r) => r.userId), at);
    return { notified: rows.map((r) => r.userId) };
  };
}

async function logEscalation(deps: DeliveryDeps, workflowId: string, nodeId: string, key: string, notified: number[], at?: string) {
  const em = deps.orm.em.fork();
  const instance = await em.findOne(ProcessInstanceSchema, { workflowId });
  if (!instance) return;
  const task = await em.findOne(TaskSchema, { workflowId, nodeId }, { orderBy: { createdAt: 'desc' } });
  await appendEvents(em, [
    {
      dedupeKey: `${key}:escalated`,
      workflowId,
      definitionKey: instance.definitionKey,
      versionNumber: instance.versionNumber,
      type: 'task_escalated',
      nodeId,
      nodeType: 'userTask',
      taskId: task?.id ?? null,
      data: { notified },
      // On the workflow's clock, as the other events of the log: the step's time when the
      // workflow passes it (local calls), else the activity's scheduled time (server-side).
      occurredAt: new Date(at ?? Context.current().info.currentAttemptScheduledTimestampMs),
    },
  ]);
}
