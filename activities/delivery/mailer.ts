import { createHash } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';

export interface MailSettings {
  /** smtp://user:pass@host:587 or smtps://…; unset = e-mails are written to the log only. */
  smtpUrl?: string;
  from: string;
}

export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
  /** Derived from the step's key, so a mail client can drop the rare copy a crash may cause. */
  messageId: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function createMailer(settings: MailSettings): Mailer {
  if (!settings.smtpUrl) {
    return {
      async send(mail) {
        console.info(`mail (no SMTP_URL set, not sent): to ${mail.to.join(', ')}: ${mail.subject}`);
      },
      close() {},
    };
  }
  const transport: Transporter = nodemailer.createTransport(settings.smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text, messageId: mail.messageId });
    },
    close: () => transport.close(),
  };
}

/** A Message-ID from a step key: the same step always names its e-mail the same way. */
export function messageIdFor(key: string, from: string): string {
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? 'crm.local';
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 40)}@${domain}>`;
}
