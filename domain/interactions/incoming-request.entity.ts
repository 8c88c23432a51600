import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const requestChannels = ['phone', 'email', 'messenger', 'sms', 'web', 'visit'] as const;
/** How the addressee was chosen: named person, the team's head, or the team rule (least unread). */
export const routings = ['person', 'team_head', 'team_rule'] as const;

/** A call or message for someone who was out: registered, routed, unread until the addressee reads it. */
export const IncomingRequestSchema = defineEntity({
  name: 'IncomingRequest',
  tableName: 'incoming_request',
  properties: {
    id: p.integer().primary().autoincrement(),
    counterpartyId: p.integer().nullable(),
    /** Who called or wrote, as they gave it (name, phone, e-mail). */
    sender: p.string().length(300),
    channel: p.enum(requestChannels),
    text: p.string().length(4000),
    addresseeId: p.integer(),
    teamId: p.integer().nullable(),
    routedBy: p.enum(routings),
    readAt: p.datetime().nullable(),
    createdBy: p.integer().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    version: p.integer().version(),
  },
});

export type IncomingRequest = InferEntity<typeof IncomingRequestSchema>;
