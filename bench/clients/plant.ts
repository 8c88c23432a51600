import type pg from 'pg';
import { toE164 } from '../../domain/clients/counterparties/requisites.ts';
import { searchText } from '../../domain/clients/counterparties/search-text.ts';
import { activities, codas, legalSuffixes, onsets, roots, toCyrillic, toLatin, vowels } from './names.ts';

export const variants = ['legal form and case', 'typo in the name', 'transliterated, phone typed otherwise', 'same e-mail, no legal form', 'same tax id, renamed'] as const;

interface Source { id: number; kind: string; name: string; tax_id: string | null; phone: string; email: string }
interface Copy { id: number; src: number; kind: string; name: string; tax: string | null; phone: string; email: string }

/** A small seeded generator (mulberry32): the same size plants the same duplicates. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Rand = () => number;
const pick = <T,>(xs: readonly T[], r: Rand): T => xs[Math.floor(r() * xs.length)]!;

/** A name split into its legal form and the rest, as people write both around it. */
function parts(name: string): { core: string; cyrillic: boolean; form: string | null } {
  const quoted = /^(ТОВ|ПП|ПрАТ) «(.*)»$/.exec(name);
  if (quoted) return { core: quoted[2]!, cyrillic: true, form: quoted[1]! };
  const last = name.split(' ').at(-1)!;
  if ((legalSuffixes as readonly string[]).includes(last)) return { core: name.slice(0, -last.length - 1), cyrillic: false, form: last };
  return { core: name, cyrillic: /[а-яіїєґ]/i.test(name), form: null };
}

/** One slip of the keyboard inside the name (never its first two letters). */
function typo(core: string, r: Rand): string {
  const at = 2 + Math.floor(r() * Math.max(1, core.length - 4));
  const ch = core[at]!;
  switch (Math.floor(r() * 4)) {
    case 0: return core.slice(0, at) + core.slice(at + 1);
    case 1: return core.slice(0, at) + (core[at + 1] ?? '') + ch + core.slice(at + 2);
    case 2: return core.slice(0, at) + ch + core.slice(at);
    default: {
      const swap: Record<string, string> = { a: 'o', o: 'a', e: 'i', i: 'y', y: 'i', u: 'o', а: 'о', о: 'а', е: 'і', і: 'и', и: 'і' };
      return core.slice(0, at) + (swap[ch] ?? ch) + core.slice(at + 1);
    }
  }
}

/** A phone as a person types it: national form with brackets, spaces or dashes. */
function typedPhone(e164: string, r: Rand): string {
  const n = e164.slice(4); // 9 digits after +380
  return pick([`(0${n.slice(0, 2)}) ${n.slice(2, 5)}-${n.slice(5, 7)}-${n.slice(7)}`, `0${n}`, `+38 0${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`, `380${n}`], r);
}

/** A company that renamed itself: a new brand of the generator's kind. */
function newName(r: Rand): string {
  const syl = () => pick(onsets, r) + pick(vowels, r) + pick(codas, r);
  const first = r() < 0.4 ? pick(roots, r) : syl().replace(/^./, (c) => c.toUpperCase());
  return `${first}${syl()}${syl()} ${pick(activities, r)} ${pick(legalSuffixes, r)}`;
}

function copyOf(s: Source, v: number, id: number): Copy {
  const r = random(id);
  const own = { phone: `+38050${String((id * 7919) % 10_000_000).padStart(7, '0')}`, email: `dup${id}@copies.example` };
  const { core, cyrillic, form } = parts(s.name);
  const base = { id, src: s.id, kind: s.kind, tax: null, ...own };
  switch (v) {
    case 0: {
      if (s.kind === 'person') return { ...base, name: `ФОП ${s.name.toUpperCase()}` };
      const name = cyrillic ? `${core.toUpperCase()}, ${pick(['ТОВ', 'ПП'].filter((f) => f !== form), r)}` : r() < 0.5 ? `ТОВ «${core.toUpperCase()}»` : `${core.toUpperCase()} ${pick(legalSuffixes.filter((f) => f !== form), r)}`;
      return { ...base, name };
    }
    case 1:
      return { ...base, name: s.name.replace(core, typo(core, r)) };
    case 2: {
      const words = core.split(' ');
      const name = s.kind === 'person' ? words.map(toCyrillic).join(' ') : cyrillic ? `${words.map(toLatin).join(' ')} LLC` : `ТОВ «${words.map(toCyrillic).join(' ')}»`;
      return { ...base, name, phone: toE164(typedPhone(s.phone, r)) ?? s.phone };
    }
    case 3:
      // The same e-mail however it was typed: the form stores it lower-case.
      return { ...base, name: core, email: s.email };
    default:
      return { ...base, kind: 'company', name: newName(r), tax: s.tax_id };
  }
}

/**
 * One planted duplicate per `step` rows (1 %), ids after the base, each a copy of its source
 * the way duplicates arise in real bases: another legal form in capitals, a typo, the name in
 * the other alphabet with the phone typed in another format (stored in E.164, as the form
 * stores it), the same e-mail under the bare name, or the same tax id after a renaming.
 * Copies go through the same phone and search-text code as the API. Returns the pairs.
 */
export async function plantDuplicates(db: pg.Client, size: number): Promise<{ a: number; b: number; variant: string }[]> {
  const count = Math.floor(size / 100);
  const step = Math.floor(size / count);
  // Sources of tax-id copies must have a tax id (every fifth row has none).
  const plan = Array.from({ length: count }, (_, k) => {
    const i = k + 1;
    const src = i % 5 === 4 && (i * step) % 5 === 4 ? i * step - 1 : i * step;
    return { id: size + i, v: i % 5, src };
  });
  const sources = new Map((await db.query<Source>(
    `select id, kind, name, tax_id, phones->0->>'number' as phone, emails->0->>'address' as email from counterparty where id = any($1::int[])`,
    [plan.map((p) => p.src)],
  )).rows.map((s) => [s.id, s]));
  const copies = plan.map((p) => copyOf(sources.get(p.src)!, p.v, p.id));
  const col = <K extends keyof Copy>(k: K) => copies.map((c) => c[k]);
  await db.query(
    `insert into counterparty (id, kind, name, relationships, division, tax_id, tax_id_kind, registration_ids, addresses, phones, emails, messengers,
       industry, region, size, status, tags, responsible_id, search_text, created_at, updated_at, version)
     select u.id, u.kind, u.name, '["client"]', false, u.tax, case when u.tax is null then null else 'other' end, '[]', '[]',
       jsonb_build_array(jsonb_build_object('number', u.phone)), jsonb_build_array(jsonb_build_object('address', u.email)), '[]',
       s.industry, s.region, s.size, s.status, s.tags, s.responsible_id, u.search, now(), now(), 1
     from unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) u(id, src, kind, name, tax, phone, email, search)
       join counterparty s on s.id = u.src`,
    [col('id'), col('src'), col('kind'), col('name'), col('tax'), col('phone'), col('email'),
      copies.map((c) => searchText({ name: c.name, taxId: c.tax, phones: [{ number: c.phone }], emails: [{ address: c.email }] }))],
  );
  await db.query(`select setval(pg_get_serial_sequence('counterparty', 'id'), (select max(id) from counterparty))`);
  return plan.map((p) => ({ a: p.src, b: p.id, variant: variants[p.v]! }));
}
