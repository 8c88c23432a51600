import type { MikroORM } from '@mikro-orm/postgresql';
import { fireReminder, notifyOverdue, type Notify } from '../domain/interactions/index.ts';

/** The effects of reminder timers; each is idempotent per reminder and time (see domain/interactions/firing.service.ts). */
export function createReminderActivities({ orm, notify }: { orm: MikroORM; notify: Notify }) {
  return {
    async fireReminder(input: { reminderId: number; at: number }): Promise<string> {
      return fireReminder(orm.em.fork(), input.reminderId, new Date(input.at), notify);
    },
    async notifyOverdue(input: { reminderId: number; dueAt: number }): Promise<string> {
      return notifyOverdue(orm.em.fork(), input.reminderId, new Date(input.dueAt), notify);
    },
  };
}
