import { z } from 'zod';
import { emailInput, messengerInput, phoneInput } from '../counterparties/counterparty.input.ts';
import { channels, decisionRoles } from './contact-person.entity.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const birthday = z.iso.date().refine((d) => d >= '1900-01-01' && d <= new Date().toISOString().slice(0, 10), 'A birthday between 1900 and today');

const fields = {
  fullName: text(300),
  position: text(200).nullable(),
  decisionRole: z.enum(decisionRoles).nullable(),
  phones: z.array(phoneInput).max(20),
  emails: z.array(emailInput).max(20),
  messengers: z.array(messengerInput).max(20),
  birthday: birthday.nullable(),
  preferredChannel: z.enum(channels).nullable(),
  note: z.string().trim().max(2000).nullable(),
  /** true makes this the client's primary contact (the previous one stops being it). */
  isPrimary: z.boolean(),
};

export const contactCreate = z.strictObject({
  ...fields,
  position: fields.position.optional(),
  decisionRole: fields.decisionRole.optional(),
  phones: fields.phones.default([]),
  emails: fields.emails.default([]),
  messengers: fields.messengers.default([]),
  birthday: fields.birthday.optional(),
  preferredChannel: fields.preferredChannel.optional(),
  note: fields.note.optional(),
  isPrimary: fields.isPrimary.default(false),
});
export const contactPatch = z.strictObject(fields).partial();

export type ContactCreate = z.infer<typeof contactCreate>;
export type ContactPatch = z.infer<typeof contactPatch>;
