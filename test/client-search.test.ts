import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCounterparty, names, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

/**
 * The list's search box: one or two characters find names starting with them, three or more
 * find the text anywhere in name, tax id, phone or e-mail. A text in thousands of records
 * pages through the sort order instead of sorting every match; the pages must be the same.
 */
let stack: Stack;
let admin: Person, manager: Person;

const list = (who: Person, query: string) => call(stack, 'GET', `/counterparties?${query}`, { token: who.token });

beforeAll(async () => {
  stack = await startStack();
  [admin, manager] = await Promise.all([userWithRoles(stack, ['admin']), userWithRoles(stack, ['sales_manager'])]);
  for (const name of ['Kalo Trade', 'Makalo Foods', 'Ka Systems']) await newCounterparty(stack, manager, { name });
  // More records holding "zor" than the search index is asked for, owned by the admin.
  await stack.orm.em.getConnection().execute(`
    insert into counterparty (kind, name, relationships, division, registration_ids, addresses, phones, emails, messengers, tags, status, responsible_id, search_text, created_at, updated_at, version)
    select 'company', name, '["client"]', false, '[]', '[]', '[]', '[]', '[]', '[]', 'client', ${admin.id}, lower(name), now(), now(), 1
    from (select 'Zor ' || md5(g::text) || ' LLC' as name from generate_series(1, 5200) g) x`);
});
afterAll(() => stack?.stop());

describe('client list search', () => {
  it('one or two characters find names starting with them; three find the text anywhere', async () => {
    expect(names(await list(manager, 'q=ka'))).toEqual(['Ka Systems', 'Kalo Trade']);
    expect(names(await list(manager, 'q=K'))).toEqual(['Ka Systems', 'Kalo Trade']);
    expect(names(await list(manager, 'q=kal'))).toEqual(['Kalo Trade', 'Makalo Foods']);
    expect(names(await list(manager, 'q=alo'))).toEqual(['Kalo Trade', 'Makalo Foods']);
    expect(names(await list(manager, 'q=%25'))).toEqual([]);
  });

  it('a text in thousands of records pages in the chosen order, the same as sorting every match', async () => {
    const want = ((await stack.orm.em.getConnection().execute(
      `select name from counterparty where search_text like '%zor%' order by name desc, id desc limit 120`, [], 'all')) as { name: string }[]).map((r) => r.name);
    const got: string[] = [];
    let cursor = '';
    for (let page = 0; page < 3; page++) {
      const answer = await list(admin, `q=zor&sort=-name&limit=40${cursor}`);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      got.push(...answer.body.items.map((i: { name: string }) => i.name));
      cursor = `&cursor=${answer.body.nextCursor}`;
    }
    expect(got).toEqual(want);
    // The manager's scope still applies on that path: none of these records is theirs.
    expect((await list(manager, 'q=zor')).body.items).toEqual([]);
  });
});
