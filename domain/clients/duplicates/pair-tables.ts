import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlCondition } from '../../access/index.ts';
import { sqlRun } from '../sql.ts';

/**
 * A word shared by more names than this (Trade, Group, Agro) says little about two names
 * being one client and would make the comparison quadratic; such names still pair when their
 * normalised forms are equal.
 */
export const commonWordLimit = 200;

/**
 * Words at least this long also block on their one-letter deletions (below). In a shorter word
 * one changed letter is as likely another word as a typo, and its deletions (three letters)
 * are shared by too many words to be a block.
 */
export const typoWordMinLength = 5;

/**
 * A deletion shared by more different words than this is a word family (a common stem with
 * many endings), not one word and its typo; it pairs nothing.
 */
export const wordsPerTypoKey = 20;

/**
 * Fills the transaction's temporary tables the pair search reads, each analysed so the planner
 * sees its real size: `dup_norm` (id, normalised name) and `dup_keys` (id, phone/e-mail/tax id)
 * of the live counterparties within `scope` (alias `k`), and `dup_candidates` (a < b), the
 * pairs whose names are worth comparing. As one statement of CTEs the planner guessed the
 * candidates in billions and compared every name with every other instead (hours at 100 000).
 *
 * Names are compared only within blocks: a shared uncommon word, the same normalised name, or
 * two uncommon words one edit apart (a letter changed, added, dropped, or two swapped). Such
 * words always share the word itself or one deletion of it ("symmetric delete"); the neighbours
 * are found among the distinct words, then joined to the names holding them, so a typo in a
 * name's only distinctive word ("Agrotekhnlka Kyiv Trade") still meets its original. Numbers
 * (years, house numbers) block nothing: "2011" is in hundreds of unrelated names.
 */
export async function fillPairTables(em: EntityManager, scope: SqlCondition): Promise<void> {
  const live = 'k.merged_into_id is null';
  // Sorts and hashes of a few hundred thousand rows stay in memory instead of spilling.
  await sqlRun(em, `set local work_mem = '64MB'`);
  // A second search in the same transaction starts afresh.
  await sqlRun(em, 'drop table if exists dup_norm, dup_words, dup_keys, dup_typo_keys, dup_blocks, dup_candidates');
  await sqlRun(em, `create temp table dup_norm on commit drop as
    select k.id, crm_norm_name(k.name) as n from counterparty k where ${live} and ${scope.sql}`, scope.params);
  await sqlRun(em, `create temp table dup_words on commit drop as
    select id, w from dup_norm, unnest(string_to_array(n, ' ')) w where length(w) >= 3 and w !~ '^[0-9]+$'`);
  await sqlRun(em, `create temp table dup_keys on commit drop as
    select k.id, x.kind, x.value from counterparty k cross join lateral (
      select 'phone' as kind, v #>> '{}' as value from jsonb_path_query(k.phones, '$[*].number') v
      union all select 'email', v #>> '{}' from jsonb_path_query(k.emails, '$[*].address') v
      union all select 'tax', k.tax_id where k.tax_id is not null) x
    where ${live} and ${scope.sql}`, scope.params);
  for (const table of ['dup_norm', 'dup_words', 'dup_keys']) await sqlRun(em, `analyze ${table}`);
  // Word pairs worth comparing the names of: a blocking word with itself (near = false), or with
  // a word one edit from it (near = true). Sharing a deletion is not yet one edit ("abc" and "bcx"
  // share "bc"), so the positions of the deleted letters decide: the word itself (0) against a
  // deletion is a letter added, the same position a letter changed, neighbouring positions that
  // dropped the same letter two letters swapped.
  // Deletions shared by 2..wordsPerTypoKey words, in a table of their own: as a CTE the planner
  // guessed one shared deletion and scanned every deletion once per shared one.
  await sqlRun(em, `create temp table dup_typo_keys on commit drop as
    with blocking as (
      select w from dup_words group by w having count(*) <= ${commonWordLimit}),
    typo_keys as (
      select w, w as k, 0 as i, '' as d from blocking where length(w) >= ${typoWordMinLength}
      union all
      select w, overlay(w placing '' from i for 1), i, substr(w, i, 1) from blocking, generate_series(1, length(w)) i where length(w) >= ${typoWordMinLength}),
    counted as (
      select *, min(w) over (partition by k) as first, max(w) over (partition by k) as last, count(*) over (partition by k) as n from typo_keys)
    select w, k, i, d from counted where first <> last and n <= ${wordsPerTypoKey}`);
  await sqlRun(em, 'analyze dup_typo_keys');
  await sqlRun(em, `create temp table dup_blocks on commit drop as
    select w as w1, w as w2, false as near from dup_words group by w having count(*) <= ${commonWordLimit}
    union
    select x.w, y.w, true from dup_typo_keys x join dup_typo_keys y on x.k = y.k and x.w < y.w
    where x.i = 0 or y.i = 0 or x.i = y.i or (abs(x.i - y.i) = 1 and x.d = y.d)`);
  await sqlRun(em, 'analyze dup_blocks');
  // near: the names meet only through a word's neighbour, a weaker sign than a shared word.
  await sqlRun(em, `create temp table dup_candidates on commit drop as
    select a, b, bool_and(near) as near from (
      select least(x.id, y.id) as a, greatest(x.id, y.id) as b, p.near
      from dup_blocks p join dup_words x on x.w = p.w1 join dup_words y on y.w = p.w2 where x.id <> y.id
      union all
      select x.id, y.id, false from dup_norm x join dup_norm y on x.n = y.n and x.id < y.id where x.n <> '') c
    group by a, b`);
  await sqlRun(em, 'analyze dup_candidates');
}
