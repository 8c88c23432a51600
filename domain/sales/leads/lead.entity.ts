import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const leadStatuses = ['new', 'qualified', 'rejected'] as const;
export type LeadStatus = (typeof leadStatuses)[number];
/** How the request came: the web form (API), an e-mail or a call typed in by a person. */
export const leadChannels = ['web', 'email', 'call', 'manual'] as const;

/** An inbound request, before anyone knows whether it is a client or a deal. */
export const LeadSchema = defineEntity({
  name: 'Lead',
  tableName: 'lead',
  properties: {
    id: p.integer().primary().autoincrement(),
    status: p.string().length(12).$type<LeadStatus>().default('new'),
    channel: p.string().length(10).$type<(typeof leadChannels)[number]>(),
    /** The ad source (utm_source, campaign code, "exhibition"). */
    source: p.string().length(100).nullable(),
    interest: p.string().length(1000).nullable(),
    contactName: p.string().length(300).nullable(),
    companyName: p.string().length(300).nullable(),
    taxId: p.string().length(40).nullable(),
    phone: p.string().length(40).nullable(),
    email: p.string().length(320).nullable(),
    message: p.text().nullable(),
    responsibleId: p.integer().nullable(),
    counterpartyId: p.integer().nullable(),
    dealId: p.integer().nullable(),
    rejectedReason: p.string().length(300).nullable(),
    creationKey: p.string().length(200).nullable(),
    createdBy: p.integer().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});
export type Lead = InferEntity<typeof LeadSchema>;
