import { z } from 'zod';
import { interactionKinds } from './interaction.entity.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const ids = z.array(z.number().int().positive().max(2147483647)).max(50);
const id = z.number().int().positive().max(2147483647);

const fields = {
  kind: z.enum(interactionKinds),
  counterpartyId: id.nullable(),
  contactIds: ids,
  at: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
  durationMinutes: z.number().int().min(0).max(24 * 60).nullable(),
  subject: text(300),
  description: text(4000).nullable(),
  responsibleId: id,
  participantIds: ids,
  result: text(4000).nullable(),
  nextStep: text(2000).nullable(),
  remindBeforeMinutes: z.number().int().min(0).max(60 * 24 * 30).nullable(),
};

/** A new interaction: planned (default) or already done (a call just made). */
export const interactionCreate = z.strictObject({
  kind: fields.kind,
  counterpartyId: fields.counterpartyId.optional(),
  contactIds: fields.contactIds.default([]),
  at: fields.at,
  durationMinutes: fields.durationMinutes.optional(),
  subject: fields.subject,
  description: fields.description.optional(),
  responsibleId: fields.responsibleId.optional(),
  participantIds: fields.participantIds.default([]),
  state: z.enum(['planned', 'done']).default('planned'),
  result: fields.result.optional(),
  nextStep: fields.nextStep.optional(),
  remindBeforeMinutes: fields.remindBeforeMinutes.optional(),
});
export type InteractionCreate = z.infer<typeof interactionCreate>;

/** Changes to any field but the state (that moves by complete and cancel). */
export const interactionPatch = z.strictObject(fields).partial().refine((p) => Object.keys(p).length > 0, 'Nothing to change');
export type InteractionPatch = z.infer<typeof interactionPatch>;

export const interactionComplete = z.strictObject({ result: text(4000), nextStep: fields.nextStep.optional(), at: fields.at.optional() });
export type InteractionComplete = z.infer<typeof interactionComplete>;

export const interactionCancel = z.strictObject({ reason: text(2000).optional() });
export type InteractionCancel = z.infer<typeof interactionCancel>;
