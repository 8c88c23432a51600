import type { EntityManager } from '@mikro-orm/postgresql';
import type { Sql } from '../segments/compile.ts';
import { sqlRows } from '../sql.ts';
import { toE164 } from './requisites.ts';

/**
 * Below this many characters the search box finds names that start with the text: one or two
 * letters are in a large share of all names, phones and e-mails, and no trigram index can
 * narrow a substring shorter than three characters.
 */
export const containsFrom = 3;

/** How many matches the search index is asked for before a page is sorted from them alone. */
const fewMatches = 5000;

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (m) => '\\' + m);

/**
 * The search text as a condition on alias `c`. `indexed` false writes the same test in a form
 * no index serves, so the planner pages through the sort order instead (see searchPlan).
 */
export function searchCondition(q: string, indexed = true): Sql {
  const needle = q.trim().toLowerCase();
  const wrap = (column: string) => (indexed ? column : `(${column} || '')`);
  if ([...needle].length < containsFrom) return { sql: `${wrap('lower(c.name)')} like ?`, params: [`${likeEscape(needle)}%`] };
  // A phone typed with spaces, dashes or a local prefix still finds the stored E.164 form.
  const compact = needle.replace(/[\s().-]/g, '');
  const phone = /^\+?\d{5,}$/.test(compact) ? [compact.replace(/^\+/, ''), toE164(compact)?.slice(1)] : [];
  const terms = [...new Set([needle, ...phone].filter((t): t is string => !!t))].map((t) => `%${likeEscape(t)}%`);
  return { sql: `(${terms.map(() => `${wrap('c.search_text')} like ?`).join(' or ')})`, params: terms };
}

/**
 * How a list page with a search is found. Few matches (a rare name part, a phone): the index
 * gives them all and the page is sorted from them. Many (a common syllable): walking the sort
 * order and testing each row reaches a page after a few hundred rows, while sorting every
 * match would read most of the base. The index answers which case it is, up to `fewMatches`
 * rows, before the planner has to guess from statistics that know nothing of substrings.
 * Names starting with the same letters sit together in name order, so walking it could pass
 * most of the base before the first one (the planner assumes matches are spread evenly and
 * does walk it): a start-of-name search sorted by name sorts its matches (`sortMatches`).
 */
export async function searchPlan(em: EntityManager, q: string, sortedByName: boolean): Promise<{ ids: number[] } | { where: Sql; sortMatches?: true }> {
  const cond = searchCondition(q);
  if (sortedByName && [...q.trim()].length < containsFrom) return { where: cond, sortMatches: true };
  const rows = await sqlRows<{ id: number }>(em, `select c.id from counterparty c where ${cond.sql} limit ${fewMatches + 1}`, cond.params);
  return rows.length <= fewMatches ? { ids: rows.map((r) => r.id) } : { where: searchCondition(q, false) };
}
