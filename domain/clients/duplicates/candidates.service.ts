import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeCondition, type Access } from '../../access/index.ts';
import { normalTaxId, toE164 } from '../counterparties/requisites.ts';
import { sqlRows } from '../sql.ts';
import { duplicateScore, nameThreshold, reasonsOf, type DuplicateReason } from './score.ts';

export interface TypedRecord {
  name?: string;
  phone?: string;
  email?: string;
  taxId?: string;
  /** The record being edited, never its own duplicate. */
  excludeId?: number;
}

export interface DuplicateCandidate {
  id: number;
  name: string;
  responsibleId: number | null;
  score: number;
  reasons: DuplicateReason[];
}

interface Row { id: number; name: string; responsible_id: number | null; name_sim: number | null; phones: string[] | null; emails: string[] | null; tax_id: string | null }

/** Keys as stored: E.164 phone, lower-cased e-mail, tax id without spaces. */
export function typedKeys(t: TypedRecord) {
  return {
    name: t.name?.trim() || null,
    phone: t.phone ? toE164(t.phone) : null,
    email: t.email?.trim().toLowerCase() || null,
    taxId: t.taxId ? normalTaxId(t.taxId) || null : null,
  };
}

/**
 * Likely duplicates of a record being typed, among the counterparties the actor may see:
 * every criterion is answered by an index (trigram on the normalised name, GIN over phones
 * and e-mails, b-tree on tax id), so this stays fast while the user types.
 */
export async function duplicateCandidates(em: EntityManager, access: Access, typed: TypedRecord, limit = 10): Promise<DuplicateCandidate[]> {
  const k = typedKeys(typed);
  const scope = scopeCondition(access, 'read', 'Counterparty', 'c');
  const any: string[] = [];
  const params: unknown[] = [];
  const when = (value: unknown, sql: string) => {
    if (value === null) return;
    any.push(sql);
    params.push(value);
  };
  when(k.name, 'crm_norm_name(c.name) % crm_norm_name(?)');
  when(k.phone && JSON.stringify([k.phone]), `jsonb_path_query_array(c.phones, '$[*].number') @> ?::jsonb`);
  when(k.email && JSON.stringify([k.email]), `jsonb_path_query_array(c.emails, '$[*].address') @> ?::jsonb`);
  when(k.taxId, 'c.tax_id = ?');
  if (!any.length) return [];
  // The index-backed matches are found first, the scope filters them after: otherwise, with a
  // narrow scope, the planner walked the manager's clients normalising every name (p50 154 ms
  // against 40 ms for an admin at 100 000 clients in bench:clients).
  const sql = `
    with hits as materialized (
      select c.* from counterparty c
      where c.merged_into_id is null and (${any.join(' or ')}) ${typed.excludeId ? 'and c.id <> ?' : ''}
      limit 2000)
    select c.id, c.name, c.responsible_id,
      case when ?::text is null then null else similarity(crm_norm_name(c.name), crm_norm_name(?::text)) end as name_sim,
      case when jsonb_path_query_array(c.phones, '$[*].number') @> to_jsonb(array_remove(array[?::text], null)) and ?::text is not null then array[?::text] end as phones,
      case when jsonb_path_query_array(c.emails, '$[*].address') @> to_jsonb(array_remove(array[?::text], null)) and ?::text is not null then array[?::text] end as emails,
      case when c.tax_id = ?::text then c.tax_id end as tax_id
    from hits c
    where ${scope.sql}
    limit 200`;
  const head = [k.name, k.name, k.phone, k.phone, k.phone, k.email, k.email, k.email, k.taxId];
  const rows = await em.transactional(async (tx) => {
    await sqlRows(tx, `select set_config('pg_trgm.similarity_threshold', ?, true)`, [String(nameThreshold)]);
    return sqlRows<Row>(tx, sql, [...params, ...(typed.excludeId ? [typed.excludeId] : []), ...head, ...scope.params]);
  });
  return rows
    .map((r) => {
      const reasons = reasonsOf(r);
      return { id: r.id, name: r.name, responsibleId: r.responsible_id, score: duplicateScore(reasons), reasons };
    })
    .filter((c) => c.reasons.length > 0)
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .slice(0, limit);
}
