import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** One e-mail a process sent, under its step's key: a retried step finds it and sends nothing. */
export const SentMailSchema = defineEntity({
  name: 'SentMail',
  tableName: 'sent_mail',
  properties: {
    key: p.string().length(300).primary(),
    recipients: p.json<string[]>(),
    subject: p.string().length(500),
    messageId: p.string().length(300),
    sentAt: p.datetime().nullable(),
    createdAt: p.datetime(),
  },
});

export type SentMail = InferEntity<typeof SentMailSchema>;
