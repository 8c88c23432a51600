import type { MikroORM } from '@mikro-orm/postgresql';
import { createNotifications, markMailed, type NewNotification, type Notification } from '../../domain/notifications/index.ts';
import { UserSchema } from '../../domain/access/index.ts';
import type { LivePush } from '../../domain/system/index.ts';
import { messageIdFor, type Mailer, type MailSettings } from './mailer.ts';

export interface DeliveryDeps {
  orm: MikroORM;
  mailer: Mailer;
  live: LivePush;
  mail: MailSettings;
}

/**
 * In-app notification + live push + e-mail for each user, idempotent by `key`: a retry finds
 * the rows, pushes again (the UI keys by id) and mails only those not mailed yet.
 */
export async function notifyUsers(deps: DeliveryDeps, n: NewNotification & { email?: boolean }): Promise<Notification[]> {
  const em = deps.orm.em.fork();
  const rows = await createNotifications(em, n);
  // A push that fails is not worth failing the step: the notification is stored and listed.
  await Promise.all(rows.map((row) => deps.live.toUser(row.userId, 'notification', present(row)).catch((err: unknown) => console.warn(String(err)))));
  if (n.email === false) return rows;
  const owed = rows.filter((r) => !r.mailedAt);
  if (!owed.length) return rows;
  const users = await em.find(UserSchema, { id: { $in: owed.map((r) => r.userId) } }, { fields: ['id', 'email'] });
  for (const row of owed) {
    const email = users.find((u) => u.id === row.userId)?.email;
    if (!email) continue;
    await deps.mailer.send({ to: [email], subject: row.title, text: `${row.body}${row.link ? `\n\n${row.link}` : ''}`, messageId: messageIdFor(`${row.key}/${row.userId}`, deps.mail.from) });
    await markMailed(em, [row.id]);
  }
  return rows;
}

/** The live copy: the body is cut short (the list API has it whole) to fit a pg_notify. */
export const present = (n: Notification) => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body.length > 1000 ? `${n.body.slice(0, 1000)}…` : n.body,
  link: n.link ?? null,
  createdAt: n.createdAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
});
