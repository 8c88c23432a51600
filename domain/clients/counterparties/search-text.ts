import type { Email, Phone } from './counterparty.entity.ts';

/** What text search matches: names, tax id, phone digits (with and without +) and e-mails. */
export function searchText(c: { name: string; legalName?: string | null; taxId?: string | null; phones: Phone[]; emails: Email[] }): string {
  return [c.name, c.legalName, c.taxId, ...c.phones.map((p) => p.number), ...c.phones.map((p) => p.number.replace(/^\+/, '')), ...c.emails.map((e) => e.address)]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}
