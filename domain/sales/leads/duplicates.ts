import type { EntityManager } from '@mikro-orm/postgresql';
import { CounterpartySchema, normalTaxId, toE164, type Counterparty } from '../../clients/index.ts';

export interface Identity {
  taxId?: string | null;
  phone?: string | null;
  email?: string | null;
}

export interface DuplicateCandidate {
  id: number;
  /** What matched: the same tax id, phone or e-mail. */
  matchedBy: ('taxId' | 'phone' | 'email')[];
  counterparty: Counterparty;
}

/**
 * Counterparties that are the same client as a lead, by normalised tax id, phone (E.164) or
 * e-mail (lower case). The whole base is searched, not only the asker's reach: a client another
 * manager owns is still a duplicate (the caller decides what of it to show).
 */
export async function duplicateCandidates(em: EntityManager, who: Identity): Promise<DuplicateCandidate[]> {
  const taxId = who.taxId ? normalTaxId(who.taxId) : null;
  const phone = who.phone ? toE164(who.phone) : null;
  const email = who.email ? who.email.trim().toLowerCase() : null;
  const tests = [
    taxId ? ['c.tax_id = ?', taxId] : null,
    phone ? ['c.phones @> ?::jsonb', JSON.stringify([{ number: phone }])] : null,
    email ? ['c.emails @> ?::jsonb', JSON.stringify([{ address: email }])] : null,
  ].filter((t): t is [string, string] => t !== null);
  if (!tests.length) return [];
  const or = tests.map((t) => t[0]);
  const params = tests.map((t) => t[1]);
  const rows = await em.createQueryBuilder(CounterpartySchema, 'c').select('*').where(`(${or.join(' or ')})`, params).orderBy({ id: 'asc' }).limit(20).getResult();
  return rows.map((c) => ({
    id: c.id,
    matchedBy: [
      ...(taxId && c.taxId === taxId ? (['taxId'] as const) : []),
      ...(phone && c.phones.some((p) => p.number === phone) ? (['phone'] as const) : []),
      ...(email && c.emails.some((e) => e.address === email) ? (['email'] as const) : []),
    ],
    counterparty: c,
  }));
}
