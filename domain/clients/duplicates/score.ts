/** Why two records look like the same client. */
export type DuplicateReason =
  | { kind: 'taxId'; value: string }
  | { kind: 'phone'; value: string }
  | { kind: 'email'; value: string }
  | { kind: 'name'; similarity: number };

/** Trigram similarity of normalised names from which a name alone makes a candidate. */
export const nameThreshold = 0.5;

const weight = (r: DuplicateReason) =>
  r.kind === 'taxId' ? 0.95 : r.kind === 'phone' || r.kind === 'email' ? 0.85 : Math.min(1, r.similarity) * 0.9;

/**
 * 0..1: independent pieces of evidence combine (1 − Π(1 − w)), so a shared phone plus a
 * similar name scores above either alone, and a name alone never reaches a shared tax id.
 */
export function duplicateScore(reasons: DuplicateReason[]): number {
  const miss = reasons.reduce((acc, r) => acc * (1 - weight(r)), 1);
  return Math.round((1 - miss) * 1000) / 1000;
}

/** Reasons from the raw overlaps one SQL row carries. */
export function reasonsOf(row: { name_sim: number | null; phones: string[] | null; emails: string[] | null; tax_id: string | null }): DuplicateReason[] {
  const out: DuplicateReason[] = [];
  if (row.tax_id) out.push({ kind: 'taxId', value: row.tax_id });
  for (const value of row.phones ?? []) out.push({ kind: 'phone', value });
  for (const value of row.emails ?? []) out.push({ kind: 'email', value });
  if (row.name_sim !== null && row.name_sim >= nameThreshold) out.push({ kind: 'name', similarity: Math.round(row.name_sim * 1000) / 1000 });
  return out;
}
