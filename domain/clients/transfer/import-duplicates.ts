import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../../access/index.ts';
import { normalTaxId, toE164 } from '../counterparties/requisites.ts';
import { duplicateCandidates, type DuplicateCandidate } from '../duplicates/candidates.service.ts';
import { sqlRows } from '../sql.ts';
import type { ParsedRow } from './import-rows.ts';

export interface RowDuplicates {
  /** Likely duplicates already in the base, among the clients the importer may see. */
  base: DuplicateCandidate[];
  /** Earlier rows of the same file with the same tax id, phone, e-mail or normalised name. */
  file: number[];
}

const list = <T>(v: unknown) => (Array.isArray(v) ? (v as T[]) : []);
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** The identifying values of a row, read from the draft so invalid rows are compared too. */
function keysOf(p: ParsedRow) {
  const d = p.draft;
  return {
    name: str(d.name),
    taxId: str(d.taxId),
    phones: list<{ number: string }>(d.phones).map((x) => x.number),
    emails: list<{ address: string }>(d.emails).map((x) => x.address),
  };
}

/**
 * The existing duplicate search once per row (and once more per extra phone or e-mail), so
 * the same index-backed rules and the importer's read scope apply as when typing a record.
 */
async function baseDuplicates(em: EntityManager, access: Access, rows: ParsedRow[]): Promise<DuplicateCandidate[][]> {
  const out: DuplicateCandidate[][] = [];
  for (const row of rows) {
    const k = keysOf(row);
    const found = new Map<number, DuplicateCandidate>();
    const probes = [{ name: k.name, taxId: k.taxId, phone: k.phones[0], email: k.emails[0] }, ...k.phones.slice(1).map((phone) => ({ phone })), ...k.emails.slice(1).map((email) => ({ email }))];
    for (const probe of probes) {
      for (const c of await duplicateCandidates(em, access, probe, 5)) if ((found.get(c.id)?.score ?? -1) < c.score) found.set(c.id, c);
    }
    out.push([...found.values()].sort((a, b) => b.score - a.score || a.id - b.id).slice(0, 5));
  }
  return out;
}

/** Same keys as the base search, compared exactly within the file; names as the database normalises them. */
async function fileDuplicates(em: EntityManager, rows: ParsedRow[]): Promise<number[][]> {
  const names = rows.map((r) => keysOf(r).name ?? '');
  const normal = await sqlRows<{ n: string }>(em, 'select crm_norm_name(x) as n from jsonb_array_elements_text(?::jsonb) with ordinality as t(x, i) order by i', [JSON.stringify(names)]);
  const firstRow = new Map<string, number[]>();
  return rows.map((row, i) => {
    const k = keysOf(row);
    const keys = [
      ...(normal[i]?.n ? [`name:${normal[i].n}`] : []),
      ...(k.taxId ? [`tax:${normalTaxId(k.taxId)}`] : []),
      ...k.phones.map((p) => `phone:${toE164(p) ?? p}`),
      ...k.emails.map((e) => `email:${e.toLowerCase()}`),
    ];
    const earlier = new Set<number>();
    for (const key of keys) {
      for (const r of firstRow.get(key) ?? []) earlier.add(r);
      firstRow.set(key, [...(firstRow.get(key) ?? []), row.row]);
    }
    return [...earlier].sort((a, b) => a - b);
  });
}

export async function duplicatesOf(em: EntityManager, access: Access, rows: ParsedRow[]): Promise<RowDuplicates[]> {
  const [base, file] = [await baseDuplicates(em, access, rows), await fileDuplicates(em, rows)];
  return rows.map((_, i) => ({ base: base[i]!, file: file[i]! }));
}
