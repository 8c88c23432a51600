import { z } from 'zod';
import {
  completenessOf,
  counterpartyKinds,
  counterpartySizes,
  counterpartyStatuses,
  type CompletenessSettings,
  type Counterparty,
} from '../../../domain/clients/index.ts';

export const completenessSchema = z.object({ score: z.number().int(), missingRequired: z.array(z.string()), missingDesirable: z.array(z.string()) });

export const counterpartySchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(counterpartyKinds),
    name: z.string(),
    legalName: z.string().nullable(),
    relationships: z.array(z.string()),
    parentId: z.number().int().nullable(),
    division: z.boolean(),
    taxId: z.string().nullable(),
    taxIdKind: z.string().nullable(),
    registrationIds: z.array(z.object({ kind: z.string(), value: z.string() })),
    addresses: z.array(z.object({ kind: z.string().optional(), text: z.string(), country: z.string().optional() })),
    phones: z.array(z.object({ number: z.string(), label: z.string().optional() })),
    emails: z.array(z.object({ address: z.string(), label: z.string().optional() })),
    messengers: z.array(z.object({ kind: z.string(), handle: z.string() })),
    website: z.string().nullable(),
    industry: z.string().nullable(),
    region: z.string().nullable(),
    size: z.enum(counterpartySizes).nullable(),
    status: z.enum(counterpartyStatuses),
    source: z.string().nullable(),
    tags: z.array(z.string()),
    responsibleId: z.number().int().nullable(),
    teamId: z.number().int().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    abcClass: z.string().nullable(),
    xyzClass: z.string().nullable(),
    lockVersion: z.number().int(),
    completeness: completenessSchema.optional(),
  })
  .meta({ id: 'Counterparty' });

export function presentCounterparty(c: Counterparty, settings?: CompletenessSettings) {
  return {
    id: c.id,
    kind: c.kind,
    name: c.name,
    legalName: c.legalName ?? null,
    relationships: c.relationships,
    parentId: c.parentId ?? null,
    division: c.division,
    taxId: c.taxId ?? null,
    taxIdKind: c.taxIdKind ?? null,
    registrationIds: c.registrationIds,
    addresses: c.addresses,
    phones: c.phones,
    emails: c.emails,
    messengers: c.messengers,
    website: c.website ?? null,
    industry: c.industry ?? null,
    region: c.region ?? null,
    size: c.size ?? null,
    status: c.status,
    source: c.source ?? null,
    tags: c.tags,
    responsibleId: c.responsibleId ?? null,
    teamId: c.teamId ?? null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    abcClass: c.abcClass ?? null,
    xyzClass: c.xyzClass ?? null,
    lockVersion: c.version,
    ...(settings ? { completeness: completenessOf(c as unknown as Record<string, unknown>, settings.counterparty) } : {}),
  };
}
