import { z } from 'zod';
import { counterpartyKinds, counterpartySizes, counterpartyStatuses, relationshipTypes, taxIdKinds } from './counterparty.entity.ts';
import { checkTaxId, normalTaxId, toE164 } from './requisites.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => text(max).nullable().optional();

/** A phone as typed; stored in E.164, refused when it is not a possible number. */
export const phoneInput = z.strictObject({
  number: z.string().max(40).transform((raw, ctx) => {
    const e164 = toE164(raw);
    if (!e164) ctx.addIssue({ code: 'custom', message: 'Not a valid phone number', params: { format: 'phone' } });
    return e164 ?? raw;
  }),
  label: text(40).optional(),
});
export const emailInput = z.strictObject({ address: z.email().max(320).transform((e) => e.toLowerCase()), label: text(40).optional() });
export const messengerInput = z.strictObject({ kind: z.enum(['telegram', 'viber', 'whatsapp', 'signal', 'skype', 'other']), handle: text(200) });
export const addressKinds = ['legal', 'postal', 'office', 'delivery', 'home'] as const;
const addressInput = z.strictObject({ kind: z.enum(addressKinds).optional(), text: text(500), country: z.string().regex(/^[A-Z]{2}$/).optional() });
const registrationInput = z.strictObject({ kind: text(40), value: text(60) });
const tag = z.string().trim().min(1).max(60).regex(/^[^,]+$/, 'A tag has no commas');

const fields = {
  kind: z.enum(counterpartyKinds),
  name: text(300),
  legalName: optText(500),
  relationships: z.array(z.enum(relationshipTypes)).max(5),
  parentId: z.number().int().positive().nullable(),
  division: z.boolean(),
  taxId: z.string().trim().max(20).nullable(),
  taxIdKind: z.enum(taxIdKinds).nullable(),
  registrationIds: z.array(registrationInput).max(10),
  addresses: z.array(addressInput).max(10),
  phones: z.array(phoneInput).max(20),
  emails: z.array(emailInput).max(20),
  messengers: z.array(messengerInput).max(20),
  website: z.url({ protocol: /^https?$/ }).max(500).nullable(),
  industry: optText(120),
  region: optText(120),
  size: z.enum(counterpartySizes).nullable(),
  status: z.enum(counterpartyStatuses),
  source: optText(120),
  tags: z.array(tag).max(50),
  responsibleId: z.number().int().positive().nullable(),
};

/** Checks the tax id against its kind (EDRPOU and IPN check digits) and names `taxId` when wrong. */
function withTaxId<T extends { taxId?: string | null; taxIdKind?: string | null }>(value: T, ctx: z.core.$RefinementCtx<T>): void {
  if (!value.taxId) return;
  const result = checkTaxId(value.taxId, (value.taxIdKind ?? undefined) as never);
  if ('error' in result) ctx.addIssue({ code: 'custom', path: ['taxId'], message: result.error, params: { format: 'tax_id' } });
  else {
    value.taxId = normalTaxId(value.taxId);
    value.taxIdKind = result.kind;
  }
}

export const counterpartyCreate = z
  .strictObject({
    ...fields,
    relationships: fields.relationships.default(['client']),
    parentId: fields.parentId.optional(),
    division: fields.division.default(false),
    taxId: fields.taxId.optional(),
    taxIdKind: fields.taxIdKind.optional(),
    registrationIds: fields.registrationIds.default([]),
    addresses: fields.addresses.default([]),
    phones: fields.phones.default([]),
    emails: fields.emails.default([]),
    messengers: fields.messengers.default([]),
    website: fields.website.optional(),
    size: fields.size.optional(),
    status: fields.status.default('lead'),
    tags: fields.tags.default([]),
    responsibleId: fields.responsibleId.optional(),
  })
  .superRefine(withTaxId);

export const counterpartyPatch = z.strictObject(fields).partial().superRefine(withTaxId);

export type CounterpartyCreate = z.infer<typeof counterpartyCreate>;
export type CounterpartyPatch = z.infer<typeof counterpartyPatch>;
