import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidEdrpou, registerMergeStep } from '../domain/clients/index.ts';
import { newCounterparty, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let admin: Person, anna: Person, boris: Person;
const ids: Record<string, number> = {};

/** A valid EDRPOU starting with the given 7 digits. */
const edrpou = (head: string) => [...'0123456789'].map((d) => head + d).find(isValidEdrpou)!;
const taxId = edrpou('3200001');

beforeAll(async () => {
  stack = await startStack();
  [admin, anna, boris] = await Promise.all([userWithRoles(stack, ['admin']), userWithRoles(stack, ['sales_manager']), userWithRoles(stack, ['sales_manager'])]);
  const mk = async (key: string, who: Person, body: Record<string, unknown>) => (ids[key] = (await newCounterparty(stack, who, body)).id);
  await mk('acme', anna, { name: 'Acme Trading LLC', phones: [{ number: '+380671234567' }], emails: [{ address: 'info@acme.test' }] });
  await mk('acme2', anna, { name: 'ACME Trading', phones: [{ number: '067 123 45 67' }], emails: [{ address: 'sales@acme.test' }], tags: ['vip'], industry: 'Retail' });
  await mk('zeta', anna, { name: 'Zeta Foods', emails: [{ address: 'ZETA@foods.test' }] });
  await mk('omega', anna, { name: 'Omega Group', emails: [{ address: 'zeta@foods.test' }] });
  await mk('north', anna, { name: 'Northwind', taxId });
  await mk('nw', anna, { name: 'Blue Harbour', taxId });
  await mk('lone', anna, { name: 'Completely Different Bakery' });
  await mk('romashka', boris, { name: 'ТОВ «Ромашка-Агро»' });
  await mk('borisAcme', boris, { name: 'Acme Trading Co', phones: [{ number: '+380671234567' }] });
  // A module outside the client base registers how its rows follow a merge.
  await stack.orm.em.getConnection().execute('create table test_note (counterparty_id int not null)');
  await stack.orm.em.getConnection().execute(`insert into test_note values (${ids.acme2}), (${ids.acme2}), (${ids.zeta})`);
  registerMergeStep({
    name: 'notes',
    count: async (em, merged) => Number(((await em.getConnection().execute('select count(*) as n from test_note where counterparty_id = ?', [merged], 'all', em.getTransactionContext())) as { n: string }[])[0]!.n),
    move: async (em, merged, survivor) => ((await em.getConnection().execute('update test_note set counterparty_id = ? where counterparty_id = ?', [survivor, merged], 'run', em.getTransactionContext())) as { affectedRows: number }).affectedRows,
  });
});
afterAll(() => stack?.stop());

const get = (who: Person, path: string) => call(stack, 'GET', path, { token: who.token });
const pairKeys = (body: { items: { a: { id: number }; b: { id: number } }[] }) => body.items.map((p) => `${p.a.id}-${p.b.id}`).sort();
const key = (x: string, y: string) => `${Math.min(ids[x]!, ids[y]!)}-${Math.max(ids[x]!, ids[y]!)}`;

describe('duplicate candidates while typing', () => {
  it('finds a fuzzy name, a phone typed in local form, an e-mail in capitals and a tax id, only within reach', async () => {
    const byName = await get(anna, '/counterparties/duplicate-candidates?name=' + encodeURIComponent('acme tradng'));
    expect(byName.status, JSON.stringify(byName.body)).toBe(200);
    expect(byName.body.items.map((c: { id: number }) => c.id).sort()).toEqual([ids.acme, ids.acme2].sort());
    expect(byName.body.items[0].reasons[0]).toMatchObject({ kind: 'name' });

    const byPhone = await get(anna, '/counterparties/duplicate-candidates?phone=' + encodeURIComponent('(067) 123-45-67'));
    expect(byPhone.body.items.map((c: { id: number }) => c.id).sort()).toEqual([ids.acme, ids.acme2].sort());
    expect(byPhone.body.items[0].reasons).toEqual([{ kind: 'phone', value: '+380671234567' }]);

    const byEmail = await get(anna, '/counterparties/duplicate-candidates?email=Zeta@Foods.test');
    expect(byEmail.body.items.map((c: { id: number }) => c.id).sort()).toEqual([ids.zeta, ids.omega].sort());

    const byTax = await get(anna, `/counterparties/duplicate-candidates?taxId=${taxId}&name=Northwind`);
    expect(byTax.body.items[0]).toMatchObject({ id: ids.north });
    expect(byTax.body.items[0].score).toBeGreaterThan(byTax.body.items[1].score);
  });

  it('a manager never sees candidates of another manager; the admin does', async () => {
    const anns = await get(anna, '/counterparties/duplicate-candidates?phone=%2B380671234567');
    expect(anns.body.items.map((c: { id: number }) => c.id)).not.toContain(ids.borisAcme);
    const bors = await get(boris, '/counterparties/duplicate-candidates?phone=%2B380671234567&name=Acme');
    expect(bors.body.items.map((c: { id: number }) => c.id)).toEqual([ids.borisAcme]);
    const admins = await get(admin, '/counterparties/duplicate-candidates?phone=%2B380671234567');
    expect(admins.body.items.map((c: { id: number }) => c.id).sort()).toEqual([ids.acme, ids.acme2, ids.borisAcme].sort());
  });

  it('names compare without legal forms and punctuation, Cyrillic included', async () => {
    const found = await get(boris, '/counterparties/duplicate-candidates?name=' + encodeURIComponent('Ромашка Агро ТОВ'));
    expect(found.body.items.map((c: { id: number }) => c.id)).toContain(ids.romashka);
    expect(found.body.items[0].reasons[0].similarity).toBeGreaterThan(0.9);
  });

  it('nothing to match gives no candidates; bad input is a 422, not a 500', async () => {
    expect((await get(anna, '/counterparties/duplicate-candidates')).body.items).toEqual([]);
    expect((await get(anna, '/counterparties/duplicate-candidates?name=' + encodeURIComponent("'; drop table counterparty; --"))).status).toBe(200);
    expect((await get(anna, '/counterparties/duplicate-candidates?limit=0')).status).toBe(422);
  });
});

describe('duplicate pairs over the base', () => {
  it('pairs with reasons and score, both ends within reach', async () => {
    const mine = await get(anna, '/duplicates?minScore=0');
    expect(mine.status, JSON.stringify(mine.body)).toBe(200);
    expect(pairKeys(mine.body)).toEqual([key('acme', 'acme2'), key('zeta', 'omega'), key('north', 'nw')].sort());
    const acme = mine.body.items.find((p: { a: { id: number } }) => p.a.id === Math.min(ids.acme!, ids.acme2!));
    expect(acme.reasons.map((r: { kind: string }) => r.kind).sort()).toEqual(['name', 'phone']);
    // A phone and a similar name together beat a shared e-mail alone.
    const zeta = mine.body.items.find((p: { a: { id: number } }) => p.a.id === Math.min(ids.zeta!, ids.omega!));
    expect(acme.score).toBeGreaterThan(zeta.score);
    const tax = mine.body.items.find((p: { a: { id: number } }) => p.a.id === Math.min(ids.north!, ids.nw!));
    expect(tax.reasons).toEqual([{ kind: 'taxId', value: taxId }]);
    expect(tax.score).toBeGreaterThan(zeta.score);

    const all = await get(admin, '/duplicates?minScore=0');
    expect(pairKeys(all.body)).toEqual(expect.arrayContaining([key('acme', 'borisAcme'), key('acme2', 'borisAcme')]));
    expect(pairKeys(await get(boris, '/duplicates?minScore=0').then((a) => a.body))).toEqual([]);
  });

  it('pages with a cursor and filters by score', async () => {
    const first = await get(admin, '/duplicates?minScore=0&limit=2');
    expect(first.body.items).toHaveLength(2);
    const rest = await get(admin, `/duplicates?minScore=0&limit=100&cursor=${first.body.nextCursor}`);
    expect([...pairKeys(first.body), ...pairKeys(rest.body)].sort()).toEqual(pairKeys((await get(admin, '/duplicates?minScore=0')).body));
    expect(rest.body.nextCursor).toBeNull();
    const strong = await get(admin, '/duplicates?minScore=0.9');
    expect(strong.body.items.every((p: { score: number }) => p.score >= 0.9)).toBe(true);
    expect((await get(admin, '/duplicates?cursor=nonsense')).status).toBe(400);
  });
});

describe('merge with preview', () => {
  it('previews, refuses stale or missing If-Match, merges everything in one go and leaves a tombstone', async () => {
    const contact = await call(stack, 'POST', `/counterparties/${ids.acme2}/contacts`, { token: anna.token, body: { fullName: 'Olena Petrenko', phones: [{ number: '+380501112233' }] } });
    expect(contact.status, JSON.stringify(contact.body)).toBe(201);
    const rel = await call(stack, 'POST', '/relations', { token: anna.token, body: { from: { type: 'counterparty', id: ids.acme2 }, to: { type: 'counterparty', id: ids.zeta }, kind: 'partner' } });
    expect(rel.status, JSON.stringify(rel.body)).toBe(201);

    const preview = await get(anna, `/duplicates/merge-preview?survivor=${ids.acme}&merged=${ids.acme2}`);
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    const moves = Object.fromEntries(preview.body.moves.map((m: { name: string; count: number }) => [m.name, m.count]));
    expect(moves).toMatchObject({ contacts: 1, relations: 1, notes: 2, processes: 0, tasks: 0 });
    expect(moves.history).toBeGreaterThan(0);
    const fields = Object.fromEntries(preview.body.fields.map((f: { field: string; to: unknown }) => [f.field, f.to]));
    expect(fields).toMatchObject({ industry: 'Retail', tags: ['vip'], emails: [{ address: 'info@acme.test' }, { address: 'sales@acme.test' }] });
    expect(fields.phones).toBeUndefined(); // the same number, not added twice
    const etag = preview.headers.get('etag')!;

    const merge = (headers: Record<string, string>) => call(stack, 'POST', '/duplicates/merge', { token: anna.token, body: { survivor: ids.acme, merged: ids.acme2 }, headers });
    expect((await merge({})).status).toBe(428);
    const card = await get(anna, `/counterparties/${ids.acme2}`);
    const patched = await call(stack, 'PATCH', `/counterparties/${ids.acme2}`, { token: anna.token, body: { region: 'Kyiv' }, headers: { 'if-match': card.headers.get('etag')! } });
    expect(patched.status).toBe(200);
    const stale = await merge({ 'if-match': etag });
    expect(stale.status).toBe(412);
    expect(stale.body.current.id).toBe(ids.acme2);

    const fresh = await get(anna, `/duplicates/merge-preview?survivor=${ids.acme}&merged=${ids.acme2}`);
    const done = await merge({ 'if-match': fresh.headers.get('etag')! });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.survivor).toMatchObject({ industry: 'Retail', region: 'Kyiv', tags: ['vip'] });

    // The tombstone answers with the survivor's address.
    const res = await fetch(`${stack.url}/api/v1/counterparties/${ids.acme2}`, { headers: { authorization: `Bearer ${anna.token}` }, redirect: 'manual' });
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe(`/api/v1/counterparties/${ids.acme}`);

    const contacts = await get(anna, `/counterparties/${ids.acme}/contacts`);
    expect(contacts.body.items.map((c: { fullName: string }) => c.fullName)).toContain('Olena Petrenko');
    const relations = await get(anna, `/counterparties/${ids.acme}/relations`);
    expect(JSON.stringify(relations.body)).toContain(`${ids.zeta}`);
    const history = await get(anna, `/counterparties/${ids.acme}/history`);
    const merges = history.body.items.filter((h: { action: string }) => h.action === 'merge');
    expect(merges.map((h: { field: string }) => h.field).sort()).toEqual(['mergedFrom', 'mergedInto']);
    expect(history.body.items.some((h: { recordId: number; action: string }) => h.recordId === ids.acme2 && h.action === 'create')).toBe(true);
    const notes = (await stack.orm.em.getConnection().execute('select counterparty_id as id, count(*) as n from test_note group by 1 order by 1')) as { id: number; n: string }[];
    expect(notes.map((n) => [n.id, Number(n.n)])).toEqual([[ids.acme, 2], [ids.zeta, 1]].sort((x, y) => x[0]! - y[0]!));

    // Gone from lists, candidates and pairs; merging it again finds nothing.
    const list = await get(anna, '/counterparties?q=acme');
    expect(list.body.items.map((c: { id: number }) => c.id)).toEqual([ids.acme]);
    expect(pairKeys((await get(anna, '/duplicates?minScore=0')).body)).not.toContain(key('acme', 'acme2'));
    expect((await get(anna, `/duplicates/merge-preview?survivor=${ids.acme}&merged=${ids.acme2}`)).status).toBe(404);
  });

  it('a manager cannot preview or merge with a record outside their reach, nor see its tombstone', async () => {
    expect((await get(anna, `/duplicates/merge-preview?survivor=${ids.acme}&merged=${ids.borisAcme}`)).status).toBe(404);
    const merge = await call(stack, 'POST', '/duplicates/merge', { token: anna.token, body: { survivor: ids.acme, merged: ids.borisAcme }, headers: { 'if-match': 'W/"1.1"' } });
    expect(merge.status).toBe(404);
    expect((await get(boris, `/counterparties/${ids.borisAcme}`)).status).toBe(200);
    const res = await fetch(`${stack.url}/api/v1/counterparties/${ids.acme2}`, { headers: { authorization: `Bearer ${boris.token}` }, redirect: 'manual' });
    expect(res.status).toBe(404);
    expect((await get(anna, `/duplicates/merge-preview?survivor=${ids.acme}&merged=${ids.acme}`)).status).toBe(422);
  });
});

describe('names that differ by a Slovak legal form', () => {
  it('drops s.r.o., spol. s r.o., a.s., k.s. and v.o.s. from names as it drops LLC and ТОВ', async () => {
    const dana = await userWithRoles(stack, ['sales_manager']);
    const novak = (await newCounterparty(stack, dana, { name: 'Novak s.r.o.' })).id;
    const caps = (await newCounterparty(stack, dana, { name: 'NOVAK' })).id;
    const pairs = await get(dana, '/duplicates?minScore=0');
    expect(pairs.body.items).toEqual([expect.objectContaining({ a: { id: Math.min(novak, caps), name: expect.any(String) }, reasons: [{ kind: 'name', similarity: 1 }] })]);

    const typed = await get(dana, '/counterparties/duplicate-candidates?name=' + encodeURIComponent('Novak, spol. s r. o.'));
    expect(typed.body.items.map((c: { id: number }) => c.id).sort()).toEqual([novak, caps].sort());
    expect(typed.body.items[0].reasons).toEqual([{ kind: 'name', similarity: 1 }]);

    const norm = async (name: string) => ((await stack.orm.em.getConnection().execute('select crm_norm_name(?) as n', [name])) as { n: string }[])[0]!.n;
    expect(await norm('Tatra banka, a.s.')).toBe('tatra banka');
    expect(await norm('Horák a syn, k.s.')).toBe('horak a syn'); // diacritics folded since 20261124020000
    expect(await norm('Doprava Sever v.o.s.')).toBe('doprava sever');
    expect(await norm('Stavby SRO')).toBe('stavby');
    // Single letters elsewhere are initials or the Slovak "and", not a legal form.
    expect(await norm('A S Motors')).toBe('a s motors');
  });
});

describe('names that differ by a typo or by diacritics', () => {
  const k = (x: number, y: number) => `${Math.min(x, y)}-${Math.max(x, y)}`;

  it('pairs a one-letter typo in the only distinctive word, when the other words are common in the base, and keeps it within reach', async () => {
    const [carol, dave] = await Promise.all([userWithRoles(stack, ['sales_manager']), userWithRoles(stack, ['sales_manager'])]);
    const brand = (await newCounterparty(stack, carol, { name: 'Agrotekhnika Kyiv Trade LLC' })).id;
    const typo = (await newCounterparty(stack, carol, { name: 'Agrotekhnlka Kyiv Trade' })).id;
    const swapped = (await newCounterparty(stack, carol, { name: 'Argotekhnika Kyiv Trade' })).id;
    const daves = (await newCounterparty(stack, dave, { name: 'Agrotekhnika Kyiv Trade' })).id;
    // "Kyiv" and "Trade" are in more names than a word may block on, as in a real base.
    const db = stack.orm.em.getConnection();
    const cols = ((await db.execute(`select column_name as c from information_schema.columns where table_name = 'counterparty' and column_name not in ('id', 'name')`)) as { c: string }[]).map((r) => `"${r.c}"`).join(', ');
    await db.execute(`insert into counterparty (${cols}, name) select ${cols}, 'Kyiv Trade ' || g from counterparty, generate_series(1, 250) g where id = ?`, [brand]);

    const pairs = await get(carol, '/duplicates?minScore=0');
    expect(pairs.status, JSON.stringify(pairs.body)).toBe(200);
    expect(pairKeys(pairs.body)).toEqual(expect.arrayContaining([k(brand, typo), k(brand, swapped)]));
    const found = pairs.body.items.find((p: { a: { id: number }; b: { id: number } }) => `${p.a.id}-${p.b.id}` === k(brand, typo));
    expect(found.reasons).toEqual([{ kind: 'name', similarity: expect.any(Number) }]);
    expect(found.reasons[0].similarity).toBeGreaterThanOrEqual(0.6);
    // The common words alone pair nothing: none of the 250 "Kyiv Trade N" is anyone's duplicate.
    expect(pairs.body.items.every((p: { a: { name: string }; b: { name: string } }) => !/^Kyiv Trade \d+$/.test(p.a.name) && !/^Kyiv Trade \d+$/.test(p.b.name))).toBe(true);
    // Dave's client is outside Carol's reach, and Carol's outside Dave's; the admin sees across.
    expect(pairKeys(pairs.body).filter((p: string) => p.split('-').includes(String(daves)))).toEqual([]);
    expect(pairKeys((await get(dave, '/duplicates?minScore=0')).body)).toEqual([]);
    expect(pairKeys((await get(admin, '/duplicates?minScore=0')).body)).toEqual(expect.arrayContaining([k(brand, daves), k(typo, daves)]));
  });

  it('folds diacritics: Žilina ~ Zilina, Košice ~ Kosice, Київ ~ Киів, ґ and й as г and и', async () => {
    const erik = await userWithRoles(stack, ['sales_manager']);
    const zilina = (await newCounterparty(stack, erik, { name: 'Stavebniny Žilina s.r.o.' })).id;
    const plain = (await newCounterparty(stack, erik, { name: 'STAVEBNINY ZILINA' })).id;
    const kyiv = (await newCounterparty(stack, erik, { name: 'ТОВ «Київська Ґуральня»' })).id;
    const typed = (await newCounterparty(stack, erik, { name: 'Киівська Гуральня' })).id;
    const pairs = await get(erik, '/duplicates?minScore=0');
    const named = Object.fromEntries(pairs.body.items.map((p: { a: { id: number }; b: { id: number }; reasons: unknown }) => [`${p.a.id}-${p.b.id}`, p.reasons]));
    expect(named[k(zilina, plain)]).toEqual([{ kind: 'name', similarity: 1 }]);
    expect(named[k(kyiv, typed)]).toEqual([{ kind: 'name', similarity: 1 }]);

    const candidates = await get(erik, '/counterparties/duplicate-candidates?name=' + encodeURIComponent('Stavebniny Žilina'));
    expect(candidates.body.items.map((c: { id: number }) => c.id).sort()).toEqual([zilina, plain].sort());

    const norm = async (name: string) => ((await stack.orm.em.getConnection().execute('select crm_norm_name(?) as n', [name])) as { n: string }[])[0]!.n;
    expect(await norm('Košice Tlač, a.s.')).toBe('kosice tlac');
    expect(await norm("Йосип Комп'ютер")).toBe('иосип компютер');
  });
});
