import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const interactionKinds = ['call', 'meeting', 'email', 'note', 'contact'] as const;
export const interactionStates = ['planned', 'done', 'cancelled'] as const;
/** States a user filters by; `overdue` is derived: planned and its time has passed. */
export const interactionStateFilters = [...interactionStates, 'overdue'] as const;

export type InteractionKind = (typeof interactionKinds)[number];
export type InteractionState = (typeof interactionStates)[number];

/**
 * A call, meeting, e-mail, note or planned contact with a client. `teamId` is the
 * responsible's team (the "team" scope); participants are users who also see it.
 */
export const InteractionSchema = defineEntity({
  name: 'Interaction',
  tableName: 'interaction',
  properties: {
    id: p.integer().primary().autoincrement(),
    kind: p.enum(interactionKinds),
    counterpartyId: p.integer().nullable(),
    contactIds: p.json<number[]>(),
    at: p.datetime(),
    durationMinutes: p.integer().nullable(),
    subject: p.string().length(300),
    description: p.string().length(4000).nullable(),
    responsibleId: p.integer(),
    teamId: p.integer().nullable(),
    participantIds: p.json<number[]>(),
    state: p.enum(interactionStates).default('planned'),
    result: p.string().length(4000).nullable(),
    nextStep: p.string().length(2000).nullable(),
    /** Minutes before `at` the responsible is reminded; null = at the time itself. */
    remindBeforeMinutes: p.integer().nullable(),
    completedAt: p.datetime().nullable(),
    cancelledAt: p.datetime().nullable(),
    createdBy: p.integer().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});

export type Interaction = InferEntity<typeof InteractionSchema>;
