import { z } from 'zod';

/** Fields completeness may name, with how "missing" reads in SQL (alias c / p). Whitelisted: names never reach SQL unchecked. */
export const counterpartyFieldSql = {
  name: `coalesce(c.name, '') = ''`,
  legalName: `coalesce(c.legal_name, '') = ''`,
  taxId: `c.tax_id is null`,
  registrationIds: `jsonb_array_length(c.registration_ids) = 0`,
  addresses: `jsonb_array_length(c.addresses) = 0`,
  phones: `jsonb_array_length(c.phones) = 0`,
  emails: `jsonb_array_length(c.emails) = 0`,
  messengers: `jsonb_array_length(c.messengers) = 0`,
  website: `c.website is null`,
  industry: `c.industry is null`,
  region: `c.region is null`,
  size: `c.size is null`,
  source: `c.source is null`,
  tags: `jsonb_array_length(c.tags) = 0`,
  responsibleId: `c.responsible_id is null`,
  parentId: `c.parent_id is null`,
} as const;
export const contactFields = ['fullName', 'position', 'decisionRole', 'phones', 'emails', 'messengers', 'birthday', 'preferredChannel', 'note'] as const;

type CounterpartyField = keyof typeof counterpartyFieldSql;
const cpField = z.enum(Object.keys(counterpartyFieldSql) as [CounterpartyField, ...CounterpartyField[]]);
const ctField = z.enum(contactFields);

export const completenessSettings = z.strictObject({
  counterparty: z.strictObject({ required: z.array(cpField).max(20), desirable: z.array(cpField).max(20) }),
  contact: z.strictObject({ required: z.array(ctField).max(20), desirable: z.array(ctField).max(20) }),
});
export type CompletenessSettings = z.infer<typeof completenessSettings>;

export interface Completeness {
  /** 0–100: required fields weigh twice as much as desirable ones. */
  score: number;
  missingRequired: string[];
  missingDesirable: string[];
}

const isMissing = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

export function completenessOf(record: Record<string, unknown>, rules: { required: readonly string[]; desirable: readonly string[] }): Completeness {
  const missingRequired = rules.required.filter((f) => isMissing(record[f]));
  const missingDesirable = rules.desirable.filter((f) => isMissing(record[f]));
  const total = rules.required.length * 2 + rules.desirable.length;
  const filled = (rules.required.length - missingRequired.length) * 2 + (rules.desirable.length - missingDesirable.length);
  return { score: total ? Math.round((100 * filled) / total) : 100, missingRequired, missingDesirable };
}
