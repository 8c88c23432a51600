import type { Counterparty } from '../counterparties/counterparty.entity.ts';

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** Filled from the merged record only when the survivor has none. */
const scalars = ['legalName', 'taxId', 'taxIdKind', 'website', 'industry', 'region', 'size', 'source', 'parentId'] as const;
/** Unioned: the survivor keeps its entries and gains the merged record's others. */
const lists = {
  phones: (x: { number: string }) => x.number,
  emails: (x: { address: string }) => x.address,
  messengers: (x: { kind: string; handle: string }) => `${x.kind}:${x.handle}`,
  addresses: (x: { text: string }) => x.text.toLowerCase(),
  registrationIds: (x: { kind: string; value: string }) => `${x.kind}:${x.value}`,
  tags: (x: string) => x,
  relationships: (x: string) => x,
} as const;

/** The survivor's fields after taking what only the merged record knows; nothing of the survivor is overwritten. */
export function fieldPlan(survivor: Counterparty, merged: Counterparty): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of scalars) {
    const value = merged[f];
    if ((survivor[f] === null || survivor[f] === undefined) && value !== null && value !== undefined && !(f === 'parentId' && value === survivor.id)) {
      if (f === 'taxIdKind' && survivor.taxId) continue;
      out.push({ field: f, from: survivor[f] ?? null, to: value });
    }
  }
  for (const [f, key] of Object.entries(lists) as [keyof typeof lists, (x: never) => string][]) {
    const mine = survivor[f] as never[];
    const seen = new Set(mine.map(key));
    const extra = (merged[f] as never[]).filter((x) => !seen.has(key(x)));
    if (extra.length) out.push({ field: f, from: mine, to: [...mine, ...extra] });
  }
  return out;
}
