import type pg from 'pg';
import { activities, cities, codas, firstNames, legalSuffixes, onsets, patronymics, roots, surnameEndings, toCyrillicSql, vowels } from './names.ts';

const industries = ['Retail', 'Food', 'Steel', 'Logistics', 'IT', 'Construction', 'Agriculture', 'Pharma', 'Energy', 'Finance'];
const regions = ['Kyiv', 'Lviv', 'Odesa', 'Kharkiv', 'Dnipro', 'Zaporizhzhia', 'Vinnytsia', 'Poltava', 'Chernihiv', 'Cherkasy', 'Sumy', 'Zhytomyr', 'Rivne', 'Lutsk', 'Ternopil', 'Uzhhorod', 'Ivano-Frankivsk', 'Chernivtsi', 'Khmelnytskyi', 'Kropyvnytskyi', 'Mykolaiv', 'Kherson', 'Bratislava', 'Kosice', 'Zilina'];

const lit = (xs: readonly string[]) => `array[${xs.map((x) => `'${x.replaceAll("'", "''")}'`).join(',')}]`;
/** Byte k of the row's 32 random bytes (md5 of the id and of a second key): deterministic per id. */
const byte = (k: number) => (k < 16 ? `get_byte(h, ${k})` : `get_byte(h2, ${k - 16})`);
const pick = (xs: readonly string[], k: number) => `(${lit(xs)})[1 + ${byte(k)} % ${xs.length}]`;
const syllable = (k: number) => `${pick(onsets, k)} || ${pick(vowels, k + 1)} || ${pick(codas, k + 2)}`;
const capital = (x: string) => `upper(left(${x}, 1)) || substr(${x}, 2)`;
/** A brand: a real root or an invented syllable, two more syllables, sometimes a year or a number. */
const brandSql = `(case when ${byte(0)} % 5 < 2 then ${pick(roots, 1)} else ${capital(`(${syllable(2)})`)} end || ${syllable(5)} || ${syllable(8)}
  || case ${byte(11)} % 20 when 0 then '-' || (1990 + ${byte(12)} % 36) when 1 then '-' || (1 + ${byte(12)} % 12) else '' end)`;
const surnameSql = `(${capital(`(${syllable(18)})`)} || ${syllable(21)} || ${pick(surnameEndings, 27)})`;
const legal = pick(legalSuffixes, 15);
/** Person names agree in gender: the first half of each list is male. */
const personSql = `${surnameSql} || ' ' || (${lit(firstNames)})[1 + ${byte(24)} % 2 * ${firstNames.length / 2} + ${byte(25)} % ${firstNames.length / 2}]
  || ' ' || (${lit(patronymics)})[1 + ${byte(24)} % 2 * ${patronymics.length / 2} + ${byte(26)} % ${patronymics.length / 2}]`;
/** Which shape a name takes, by byte 13: 18 and 19 of 20 are people. */
const nameSql = `case
  when ${byte(13)} % 20 < 7 then b || ' ' || ${pick(activities, 14)} || ' ' || ${legal}
  when ${byte(13)} % 20 < 10 then b || ' ' || ${legal}
  when ${byte(13)} % 20 < 13 then b || ' ' || ${pick(cities, 16)} || ' ' || ${legal}
  when ${byte(13)} % 20 < 16 then ${pick(['ТОВ', 'ТОВ', 'ТОВ', 'ПП', 'ПрАТ'], 17)} || ' «' || ${toCyrillicSql(`(b || case when ${byte(14)} % 2 = 0 then ' ' || ${pick(activities, 14)} else '' end)`)} || '»'
  when ${byte(13)} % 20 < 18 then ${surnameSql} || ' ' || ${pick(['and Partners', 'Group', 'i Syny', 'Consulting', 'Trade', 'Agro'], 17)} || ' ' || ${legal}
  else ${personSql} end`;
const kindSql = `case when ${byte(13)} % 20 >= 18 then 'person' else 'company' end`;
const phoneSql = (prefix: string, id: string) => `'+380${prefix}' || lpad(((${id}::bigint * 7919) % 10000000)::text, 7, '0')`;

const columns = 'id, kind, name, relationships, division, tax_id, tax_id_kind, registration_ids, addresses, phones, emails, messengers, industry, region, size, status, tags, responsible_id, search_text, created_at, updated_at, version';

/**
 * `size` counterparties by INSERT ... SELECT over generate_series: every one with a
 * unique phone and e-mail, four in five with a unique tax id, spread over managers,
 * industries, regions, sizes and statuses.
 */
export async function generateCounterparties(db: pg.Client, size: number, managers: number[]): Promise<void> {
  // A bulk load builds GIN indexes once at the end: entry by entry, a million rows take hours.
  const gin = (await db.query<{ name: string; def: string }>(
    `select indexname as name, indexdef as def from pg_indexes where tablename = 'counterparty' and indexdef ilike '% using gin %'`)).rows;
  for (const index of gin) await db.query(`drop index "${index.name}"`);
  for (let from = 1; from <= size; from += 200_000) await insertCounterparties(db, from, Math.min(size, from + 199_999), managers);
  await db.query(`set maintenance_work_mem = '1GB'`);
  // indexdef keeps the index's options (the small pending list).
  for (const index of gin) await db.query(index.def);
  await db.query('reset maintenance_work_mem');
}

async function insertCounterparties(db: pg.Client, from: number, to: number, managers: number[]): Promise<void> {
  await db.query(`
    insert into counterparty (${columns})
    select g, kind, name, '["client"]', false, tax, case when tax is null then null else 'other' end, '[]', '[]',
      jsonb_build_array(jsonb_build_object('number', phone)), jsonb_build_array(jsonb_build_object('address', email)), '[]',
      (${lit(industries)})[1 + g % ${industries.length}], (${lit(regions)})[1 + (g / 7) % ${regions.length}],
      (array['micro','small','medium','large','enterprise'])[1 + (g / 3) % 5], (array['lead','prospect','client','former'])[1 + (g / 11) % 4],
      jsonb_build_array('tag' || (g % 20)), ($1::int[])[1 + g % cardinality($1::int[])],
      lower(name || ' ' || coalesce(tax, '') || ' ' || phone || ' ' || substr(phone, 2) || ' ' || email),
      now() - g * interval '1 minute', now() - g * interval '1 minute', 1
    from (
      select g, ${kindSql} as kind, ${nameSql} as name, ${phoneSql('67', 'g')} as phone,
        'office' || g || '@' || lower(translate(b, '-', '')) || '.example' as email,
        case when g % 5 <> 4 then lpad((20000000 + g)::text, 8, '0') end as tax
      from (select g, h, h2, ${brandSql} as b
            from (select g, decode(md5(g::text), 'hex') as h, decode(md5('n' || g), 'hex') as h2 from generate_series(${from}, ${to}) g) s) s
    ) x`, [managers]);
}

/**
 * `lines` sales lines over 2025, clients drawn with a skew (a few buy much, most little) so
 * ABC has real classes; fixed seed, so a rerun builds the same lines.
 */
export async function generateSalesLines(db: pg.Client, lines: number, clients: number): Promise<void> {
  await db.query('select setseed(0.42)');
  const chunk = 1_000_000;
  for (let from = 1; from <= lines; from += chunk) {
    const to = Math.min(lines, from + chunk - 1);
    await db.query(`
      insert into sales_line (counterparty_id, date, revenue, margin)
      select 1 + floor(${clients} * power(random(), 3))::int, date '2025-01-01' + (g % 365), r, round(r * 0.2, 2)
      from (select g, round((5 + random() * 995)::numeric, 2) as r from generate_series(${from}, ${to}) g) x`);
  }
}
