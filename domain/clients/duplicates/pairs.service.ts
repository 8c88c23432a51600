import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeCondition, type Access } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import { sqlRows } from '../sql.ts';
import { fillPairTables } from './pair-tables.ts';
import { duplicateScore, nameThreshold, reasonsOf, type DuplicateReason } from './score.ts';

export interface DuplicatePair {
  a: { id: number; name: string };
  b: { id: number; name: string };
  score: number;
  reasons: DuplicateReason[];
}

interface Row { a: number; b: number; a_name: string; b_name: string; name_sim: number | null; phones: string[] | null; emails: string[] | null; tax_id: string | null }

/**
 * Names that meet only through a word one edit from another ("Pyvmosenko" ~ "Pyvmokenko") must
 * be more alike than names sharing a word: among 100 000 names many words are one letter apart
 * by chance, and a typo leaves the rest of the name as it was (bench: a typo's pair is 0.7 alike
 * or more four times in five, chance neighbours mostly below 0.6).
 */
export const nearNameThreshold = 0.6;

/**
 * Every pair of live counterparties within the actor's reach (both ends) that share a tax id,
 * phone or e-mail, or whose normalised names are trigram-similar within a block (see
 * `fillPairTables`): probing the trigram index once per record took about 30 ms a record at
 * 100 000 records, the blocks take seconds in all.
 */
async function rawPairs(em: EntityManager, access: Access, action: 'read' | 'export'): Promise<Row[]> {
  const scope = scopeCondition(access, action, 'Counterparty', 'k');
  const sql = `
    with name_pairs as materialized (
      select c.a, c.b, similarity(na.n, nb.n) as sim
      from dup_candidates c join dup_norm na on na.id = c.a join dup_norm nb on nb.id = c.b
      where similarity(na.n, nb.n) >= case when c.near then ? else ? end),
    key_pairs as materialized (
      select x.id as a, y.id as b,
        array_agg(distinct x.value) filter (where x.kind = 'phone') as phones,
        array_agg(distinct x.value) filter (where x.kind = 'email') as emails,
        min(x.value) filter (where x.kind = 'tax') as tax_id
      from dup_keys x join dup_keys y on x.kind = y.kind and x.value = y.value and x.id < y.id
      group by x.id, y.id)
    select p.a, p.b, ca.name as a_name, cb.name as b_name, coalesce(p.sim, similarity(na.n, nb.n)) as name_sim, p.phones, p.emails, p.tax_id
    from (select coalesce(n.a, k.a) as a, coalesce(n.b, k.b) as b, n.sim, k.phones, k.emails, k.tax_id
          from name_pairs n full join key_pairs k on k.a = n.a and k.b = n.b) p
      join counterparty ca on ca.id = p.a join counterparty cb on cb.id = p.b
      join dup_norm na on na.id = p.a join dup_norm nb on nb.id = p.b`;
  return em.transactional(async (tx) => {
    await fillPairTables(tx, scope);
    return sqlRows<Row>(tx, sql, [nearNameThreshold, nameThreshold]);
  });
}

/** All pairs at or above `minScore`, best first (then by ids); `export` needs the export permission and keeps to its reach. */
export async function duplicatePairs(em: EntityManager, access: Access, minScore = 0, action: 'read' | 'export' = 'read'): Promise<DuplicatePair[]> {
  const rows = await rawPairs(em, access, action);
  return rows
    .map((r) => {
      const reasons = reasonsOf(r);
      return { a: { id: r.a, name: r.a_name }, b: { id: r.b, name: r.b_name }, score: duplicateScore(reasons), reasons };
    })
    .filter((p) => p.reasons.length > 0 && p.score >= minScore)
    .sort((x, y) => y.score - x.score || x.a.id - y.a.id || x.b.id - y.b.id);
}

const encode = (p: DuplicatePair) => Buffer.from(JSON.stringify([p.score, p.a.id, p.b.id])).toString('base64url');

function decode(cursor: string): [number, number, number] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 3 && v.every((n) => typeof n === 'number')) return v as [number, number, number];
  } catch {
    // refused below
  }
  throw new DomainError('bad_cursor', 'The cursor is not one this API gave out', 400, ['cursor']);
}

/** One page of pairs in the stable order of `duplicatePairs`; the cursor continues after the last. */
export async function duplicatePairsPage(em: EntityManager, access: Access, q: { minScore: number; limit: number; cursor?: string }) {
  const all = await duplicatePairs(em, access, q.minScore);
  let start = 0;
  if (q.cursor) {
    const [score, a, b] = decode(q.cursor);
    const after = all.findIndex((p) => p.score < score || (p.score === score && (p.a.id > a || (p.a.id === a && p.b.id > b))));
    start = after < 0 ? all.length : after;
  }
  const items = all.slice(start, start + q.limit);
  const more = start + q.limit < all.length;
  return { items, total: all.length, nextCursor: more && items.length ? encode(items.at(-1)!) : null };
}
