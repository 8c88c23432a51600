import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeCondition, type Access } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import { sqlRows } from '../sql.ts';
import { duplicateScore, nameThreshold, reasonsOf, type DuplicateReason } from './score.ts';

export interface DuplicatePair {
  a: { id: number; name: string };
  b: { id: number; name: string };
  score: number;
  reasons: DuplicateReason[];
}

interface Row { a: number; b: number; a_name: string; b_name: string; name_sim: number | null; phones: string[] | null; emails: string[] | null; tax_id: string | null }

/**
 * A word shared by more names than this (Trade, Group, Agro) says little about two names
 * being one client and would make the comparison quadratic; such names still pair when their
 * normalised forms are equal.
 */
export const commonWordLimit = 200;

/**
 * Every pair of live counterparties within the actor's reach (both ends) that share a tax id,
 * phone or e-mail, or whose normalised names are trigram-similar. Names are compared only
 * within blocks (a shared word, or the same normalised name): probing the trigram index once
 * per record took about 30 ms a record at 100 000 records, the blocks take seconds in all.
 */
async function rawPairs(em: EntityManager, access: Access, action: 'read' | 'export'): Promise<Row[]> {
  const sk = scopeCondition(access, action, 'Counterparty', 'k');
  const live = (x: string) => `${x}.merged_into_id is null`;
  const sql = `
    with norm as (
      select k.id, crm_norm_name(k.name) as n from counterparty k where ${live('k')} and ${sk.sql}),
    words as (
      select id, w from norm, unnest(string_to_array(n, ' ')) w where length(w) >= 3),
    blocking as (
      select w from words group by w having count(*) <= ${commonWordLimit}),
    candidates as (
      select x.id as a, y.id as b from words x join words y on x.w = y.w and x.id < y.id where x.w in (select w from blocking)
      union
      select x.id, y.id from norm x join norm y on x.n = y.n and x.id < y.id where x.n <> ''),
    name_pairs as (
      select c.a, c.b, similarity(na.n, nb.n) as sim
      from candidates c join norm na on na.id = c.a join norm nb on nb.id = c.b
      where similarity(na.n, nb.n) >= ?),
    keys as (
      select k.id, 'phone' as kind, v #>> '{}' as value from counterparty k, jsonb_path_query(k.phones, '$[*].number') v where ${live('k')} and ${sk.sql}
      union all
      select k.id, 'email', v #>> '{}' from counterparty k, jsonb_path_query(k.emails, '$[*].address') v where ${live('k')} and ${sk.sql}
      union all
      select k.id, 'tax', k.tax_id from counterparty k where k.tax_id is not null and ${live('k')} and ${sk.sql}),
    key_pairs as (
      select x.id as a, y.id as b,
        array_agg(distinct x.value) filter (where x.kind = 'phone') as phones,
        array_agg(distinct x.value) filter (where x.kind = 'email') as emails,
        min(x.value) filter (where x.kind = 'tax') as tax_id
      from keys x join keys y on x.kind = y.kind and x.value = y.value and x.id < y.id
      group by x.id, y.id)
    select p.a, p.b, ca.name as a_name, cb.name as b_name, coalesce(n.sim, similarity(crm_norm_name(ca.name), crm_norm_name(cb.name))) as name_sim,
      k.phones, k.emails, k.tax_id
    from (select a, b from name_pairs union select a, b from key_pairs) p
      join counterparty ca on ca.id = p.a join counterparty cb on cb.id = p.b
      left join name_pairs n on n.a = p.a and n.b = p.b
      left join key_pairs k on k.a = p.a and k.b = p.b`;
  return sqlRows<Row>(em, sql, [...sk.params, nameThreshold, ...sk.params, ...sk.params, ...sk.params]);
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
