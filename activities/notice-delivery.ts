import type { Notify } from '../domain/interactions/index.ts';
import { notifyUsers, type DeliveryDeps } from './delivery/notify-users.ts';

/**
 * Reminders and overdue contacts reach their user as notifications: stored, pushed live and
 * mailed once per notice key (a retried activity notifies nobody twice).
 */
export function noticeDelivery(delivery: DeliveryDeps): Notify {
  return async (_tx, notice) => {
    const { userId, ...rest } = notice;
    await notifyUsers(delivery, { ...rest, userIds: [userId] });
  };
}
