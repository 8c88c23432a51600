import type pg from 'pg';

/** Syllables of made-up company names: a four- and a three-syllable word rarely look alike by chance. */
const syllables = ['ka', 'lo', 'mi', 'ner', 'tos', 'vel', 'ra', 'din', 'pro', 'sta', 'mar', 'ben', 'cor', 'dal', 'fen', 'gra', 'hol', 'jun', 'kir', 'lum', 'mon', 'nor', 'pal', 'qui', 'ros', 'sil', 'tar', 'urb', 'vin', 'wex', 'yor', 'zel', 'bra', 'cle', 'dro', 'fla', 'gli', 'kro', 'ple', 'sto', 'tri', 'vor', 'zan', 'bel', 'cam', 'dor', 'eva', 'fin', 'gor', 'hel', 'ion', 'jas', 'kel', 'lin', 'mas', 'nik', 'ost', 'pet', 'rin', 'sol'];
const industries = ['Retail', 'Food', 'Steel', 'Logistics', 'IT', 'Construction', 'Agriculture', 'Pharma', 'Energy', 'Finance'];
const regions = ['Kyiv', 'Lviv', 'Odesa', 'Kharkiv', 'Dnipro', 'Zaporizhzhia', 'Vinnytsia', 'Poltava', 'Chernihiv', 'Cherkasy', 'Sumy', 'Zhytomyr', 'Rivne', 'Lutsk', 'Ternopil', 'Uzhhorod', 'Ivano-Frankivsk', 'Chernivtsi', 'Khmelnytskyi', 'Kropyvnytskyi', 'Mykolaiv', 'Kherson', 'Bratislava', 'Kosice', 'Zilina'];
const legalForms = ['LLC', 'Ltd', 'Inc', 'ТОВ', 'GmbH', 'PLC'];

const lit = (xs: string[]) => `array[${xs.map((x) => `'${x}'`).join(',')}]`;
const syl = (k: number) => `(${lit(syllables)})[1 + get_byte(h, ${k}) % ${syllables.length}]`;
/** Name pieces from md5(id): deterministic, so a run at the same size builds the same base. */
const nameSql = `initcap(${syl(0)} || ${syl(1)} || ${syl(2)} || ${syl(7)}) || ' ' || initcap(${syl(3)} || ${syl(4)} || ${syl(5)}) || ' ' || (${lit(legalForms)})[1 + get_byte(h, 6) % ${legalForms.length}]`;
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
    select g, 'company', name, '["client"]', false, tax, case when tax is null then null else 'other' end, '[]', '[]',
      jsonb_build_array(jsonb_build_object('number', phone)), jsonb_build_array(jsonb_build_object('address', email)), '[]',
      (${lit(industries)})[1 + g % ${industries.length}], (${lit(regions)})[1 + (g / 7) % ${regions.length}],
      (array['micro','small','medium','large','enterprise'])[1 + (g / 3) % 5], (array['lead','prospect','client','former'])[1 + (g / 11) % 4],
      jsonb_build_array('tag' || (g % 20)), ($1::int[])[1 + g % cardinality($1::int[])],
      lower(name || ' ' || coalesce(tax, '') || ' ' || phone || ' ' || substr(phone, 2) || ' ' || email),
      now() - g * interval '1 minute', now() - g * interval '1 minute', 1
    from (
      select g, h, ${nameSql} as name, ${phoneSql('67', 'g')} as phone,
        'contact' || g || '@' || ${syl(3)} || ${syl(4)} || '.example' as email,
        case when g % 5 <> 4 then lpad((20000000 + g)::text, 8, '0') end as tax
      from (select g, decode(md5(g::text), 'hex') as h from generate_series(${from}, ${to}) g) s
    ) x`, [managers]);
}

export const variants = ['legal form and case', 'typo in the name', 'same phone', 'same e-mail', 'same tax id'] as const;

/**
 * One planted duplicate per `step` rows (1 %), ids after the base, each a copy of its source
 * in one way: the name with another legal form in capitals, the name with a letter dropped,
 * or another company's name with the source's phone, e-mail or tax id. Returns the pairs.
 */
export async function plantDuplicates(db: pg.Client, size: number): Promise<{ a: number; b: number; variant: string }[]> {
  const count = Math.floor(size / 100);
  const step = Math.floor(size / count);
  // Sources of tax-id copies must have a tax id (every fifth row has none).
  const res = await db.query<{ a: number; b: number; v: number }>(`
    with planted as (
      select ${size} + i as id, i % 5 as v, case when i % 5 = 4 and (i * ${step}) % 5 = 4 then i * ${step} - 1 else i * ${step} end as src,
        decode(md5((${size} + i)::text), 'hex') as h
      from generate_series(1, ${count}) i),
    made as (
      select p.id, p.v, s.id as src,
        case p.v when 0 then 'ТОВ «' || upper(regexp_replace(s.name, ' [^ ]+$', '')) || '»'
                 when 1 then overlay(s.name placing '' from 3 for 1)
                 else ${nameSql} end as name,
        case when p.v = 2 then s.phones else jsonb_build_array(jsonb_build_object('number', ${phoneSql('50', 'p.id')})) end as phones,
        case when p.v = 3 then s.emails else jsonb_build_array(jsonb_build_object('address', 'dup' || p.id || '@copies.example')) end as emails,
        case when p.v = 4 then s.tax_id end as tax,
        s.industry, s.region, s.size, s.status, s.tags, s.responsible_id
      from planted p join counterparty s on s.id = p.src),
    ins as (
      insert into counterparty (${columns})
      select id, 'company', name, '["client"]', false, tax, case when tax is null then null else 'other' end, '[]', '[]', phones, emails, '[]',
        industry, region, size, status, tags, responsible_id, lower(name), now(), now(), 1 from made
      returning id)
    select src as a, id as b, v from made`);
  await db.query(`select setval(pg_get_serial_sequence('counterparty', 'id'), (select max(id) from counterparty))`);
  return res.rows.map((r) => ({ a: r.a, b: r.b, variant: variants[r.v]! }));
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
