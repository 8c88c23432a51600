import type { dealsInReach } from './deals.service.ts';

type DealQuery = ReturnType<typeof dealsInReach>;

/** `%text%` for ILIKE with the user's own % and _ taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Narrows a query of deals in reach to those whose title or client's name contains the text,
 * ignoring case: what a deal picker finds as the user types. The reach condition already on
 * the query stays, so a search never finds a deal its reader could not open.
 */
export function searchDeals(qb: DealQuery, search: string | undefined): DealQuery {
  const text = search?.trim();
  if (!text) return qb;
  const like = containing(text);
  return qb.andWhere('(d.title ilike ? or exists (select 1 from counterparty c where c.id = d.counterparty_id and c.name ilike ?))', [like, like]);
}
