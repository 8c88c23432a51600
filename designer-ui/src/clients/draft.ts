import type { CounterpartyInput } from './clientsApi';
import type { Counterparty, Status } from './types';

/** The editable fields of a client as the form holds them (text as typed, one phone/e-mail/address). */
export interface Draft {
  kind: 'company' | 'person';
  name: string;
  legalName: string;
  taxId: string;
  phone: string;
  email: string;
  address: string;
  website: string;
  industry: string;
  region: string;
  source: string;
  status: Status;
  tags: string[];
}

/** Form fields named as the server names them, so its field errors land on the right input. */
export const draftFields = ['kind', 'name', 'legalName', 'taxId', 'phones', 'emails', 'addresses', 'website', 'industry', 'region', 'source', 'status', 'tags'] as const;
export type DraftField = (typeof draftFields)[number];

export const emptyDraft: Draft = {
  kind: 'company', name: '', legalName: '', taxId: '', phone: '', email: '', address: '', website: '', industry: '', region: '', source: '', status: 'lead', tags: [],
};

export function draftOf(c: Counterparty): Draft {
  return {
    kind: c.kind,
    name: c.name,
    legalName: c.legalName ?? '',
    taxId: c.taxId ?? '',
    phone: c.phones[0]?.number ?? '',
    email: c.emails[0]?.address ?? '',
    address: c.addresses[0]?.text ?? '',
    website: c.website ?? '',
    industry: c.industry ?? '',
    region: c.region ?? '',
    source: c.source ?? '',
    status: c.status,
    tags: c.tags,
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** What the server receives; the first phone/e-mail/address replaces the first one on record, keeping the others. */
export function inputOf(d: Draft, base?: Counterparty): CounterpartyInput {
  const first = <T>(list: T[], typed: string, make: (value: string) => T) => (typed.trim() === '' ? list.slice(1) : [make(typed.trim()), ...list.slice(1)]);
  return {
    kind: d.kind,
    name: d.name.trim(),
    legalName: orNull(d.legalName),
    taxId: orNull(d.taxId),
    phones: first(base?.phones ?? [], d.phone, (number) => ({ ...base?.phones[0], number })),
    emails: first(base?.emails ?? [], d.email, (address) => ({ ...base?.emails[0], address })),
    addresses: first(base?.addresses ?? [], d.address, (text) => ({ ...base?.addresses[0], text })),
    website: orNull(d.website),
    industry: orNull(d.industry),
    region: orNull(d.region),
    source: orNull(d.source),
    status: d.status,
    tags: d.tags,
  };
}

/** Only the fields that differ from the record, so a PATCH touches (and logs) nothing else. */
export function changesOf(d: Draft, base: Counterparty): CounterpartyInput {
  const next = inputOf(d, base) as Record<string, unknown>;
  const before = base as unknown as Record<string, unknown>;
  return Object.fromEntries(Object.entries(next).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k] ?? null)));
}
