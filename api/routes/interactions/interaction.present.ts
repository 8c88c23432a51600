import { z } from 'zod';
import { interactionKinds, isOverdue, type Interaction } from '../../../domain/interactions/index.ts';

export const interactionSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(interactionKinds),
    counterpartyId: z.number().int().nullable(),
    contactIds: z.array(z.number().int()),
    at: z.iso.datetime(),
    durationMinutes: z.number().int().nullable(),
    subject: z.string(),
    description: z.string().nullable(),
    responsibleId: z.number().int(),
    teamId: z.number().int().nullable(),
    participantIds: z.array(z.number().int()),
    state: z.enum(['planned', 'done', 'cancelled']),
    overdue: z.boolean().describe('planned and its time has passed'),
    result: z.string().nullable(),
    nextStep: z.string().nullable(),
    remindBeforeMinutes: z.number().int().nullable(),
    completedAt: z.iso.datetime().nullable(),
    cancelledAt: z.iso.datetime().nullable(),
    createdBy: z.number().int().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    lockVersion: z.number().int(),
  })
  .meta({ id: 'Interaction' });

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export function presentInteraction(i: Interaction): z.infer<typeof interactionSchema> {
  return {
    id: i.id,
    kind: i.kind,
    counterpartyId: i.counterpartyId ?? null,
    contactIds: i.contactIds,
    at: i.at.toISOString(),
    durationMinutes: i.durationMinutes ?? null,
    subject: i.subject,
    description: i.description ?? null,
    responsibleId: i.responsibleId,
    teamId: i.teamId ?? null,
    participantIds: i.participantIds,
    state: i.state,
    overdue: isOverdue(i),
    result: i.result ?? null,
    nextStep: i.nextStep ?? null,
    remindBeforeMinutes: i.remindBeforeMinutes ?? null,
    completedAt: iso(i.completedAt),
    cancelledAt: iso(i.cancelledAt),
    createdBy: i.createdBy ?? null,
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
    lockVersion: i.version,
  };
}
