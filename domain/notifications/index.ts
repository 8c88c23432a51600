export { NotificationSchema, type Notification } from './notification.entity.ts';
export { SentMailSchema, type SentMail } from './sent-mail.entity.ts';
export { createNotifications, listNotifications, markAllRead, markMailed, markRead, type NewNotification } from './notifications.service.ts';
export { resolveRecipients, type Recipient } from './recipients.ts';
