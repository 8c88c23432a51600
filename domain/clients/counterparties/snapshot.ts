import type { Counterparty } from './counterparty.entity.ts';

/** The fields people edit, as history compares them. */
export const trackedFields = [
  'kind', 'name', 'legalName', 'relationships', 'parentId', 'division', 'taxId', 'taxIdKind', 'registrationIds', 'addresses',
  'phones', 'emails', 'messengers', 'website', 'industry', 'region', 'size', 'status', 'source', 'tags', 'responsibleId', 'teamId',
] as const;

export function snapshot(c: Counterparty): Record<string, unknown> {
  return Object.fromEntries(trackedFields.map((f) => [f, structuredClone(c[f])]));
}
