import { ApplicationFailure, Context } from '@temporalio/activity';
import { DomainError } from '../domain/errors.ts';
import { resolveRecipients, SentMailSchema } from '../domain/notifications/index.ts';
import type { Connector } from './connectors.ts';
import type { DeliveryDeps } from './delivery/notify-users.ts';
import { messageIdFor } from './delivery/mailer.ts';

const plainAddress = /^[^\s@:,]+@[^\s@:,]+\.[^\s@:,]+$/;

/**
 * Task type `mail`: one e-mail. Headers or input: `to` (e-mail addresses, e.g. the client's,
 * and the same user references as `notify`), `subject`, `body`. The step's key names a
 * `sent_mail` row: a retry after the e-mail went out sends nothing.
 */
export function createMailConnector(deps: DeliveryDeps): Connector {
  return async ({ headers, input, idempotencyKey }) => {
    const to = String(input.to ?? headers.to ?? '').split(',').map((t) => t.trim()).filter(Boolean);
    const subject = String(input.subject ?? headers.subject ?? '');
    if (!to.length || !subject) throw ApplicationFailure.nonRetryable('The mail task needs "to" and "subject" (header or input)', 'connector.config');
    const em = deps.orm.em.fork();
    const sent = await em.findOne(SentMailSchema, { key: idempotencyKey });
    if (sent?.sentAt) return { mail: { messageId: sent.messageId, to: sent.recipients } };

    const addresses = to.filter((t) => plainAddress.test(t) && !t.includes(':'));
    let users: { email: string }[];
    try {
      users = await resolveRecipients(em, to.filter((t) => !addresses.includes(t)), { workflowId: Context.current().info.workflowExecution!.workflowId });
    } catch (err) {
      if (err instanceof DomainError) throw ApplicationFailure.nonRetryable(err.message, err.code);
      throw err;
    }
    const recipients = [...new Set([...addresses.map((a) => a.toLowerCase()), ...users.map((u) => u.email)])];
    const messageId = messageIdFor(idempotencyKey, deps.mail.from);
    if (!sent) {
      await em.createQueryBuilder(SentMailSchema).insert({ key: idempotencyKey, recipients, subject, messageId, sentAt: null, createdAt: new Date() }).onConflict('key').ignore().execute('run');
    }
    await deps.mailer.send({ to: recipients, subject, text: String(input.body ?? headers.body ?? ''), messageId });
    await em.nativeUpdate(SentMailSchema, { key: idempotencyKey }, { sentAt: new Date() });
    return { mail: { messageId, to: recipients } };
  };
}
