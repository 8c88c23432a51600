import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCounterparty, teamOf, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let admin: Person, head: Person, anna: Person, boris: Person, other: Person, owner: Person;
let annas: { id: number }, boriss: { id: number };
let north: { id: number };

const hour = 3600_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
const create = (who: Person, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  call(stack, 'POST', '/interactions', { token: who.token, body, headers });
async function created(who: Person, body: Record<string, unknown>) {
  const answer = await create(who, body);
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body as { id: number; lockVersion: number; [k: string]: unknown };
}
const subjects = (answer: { body: { items: { subject: string }[] } }) => answer.body.items.map((i) => i.subject).sort();

beforeAll(async () => {
  stack = await startStack();
  [admin, head, anna, boris, other, owner] = await Promise.all([
    userWithRoles(stack, ['admin']),
    userWithRoles(stack, ['head_of_sales']),
    userWithRoles(stack, ['sales_manager']),
    userWithRoles(stack, ['sales_manager']),
    userWithRoles(stack, ['sales_manager']),
    userWithRoles(stack, ['process_owner']),
  ]);
  north = await teamOf(stack, admin, 'North', head, [anna, boris]);
  await teamOf(stack, admin, 'South', null, [other]);
  annas = await newCounterparty(stack, anna, { name: 'Anna Trading' });
  boriss = await newCounterparty(stack, boris, { name: 'Boris Steel' });
});
afterAll(() => stack?.stop());

describe('interactions: create, read, change', () => {
  it('plans a call with a contact person and participants; idempotent create; overdue derived', async () => {
    const contact = await call(stack, 'POST', `/counterparties/${annas.id}/contacts`, { token: anna.token, body: { fullName: 'Olena Shevchenko' } });
    expect(contact.status, JSON.stringify(contact.body)).toBe(201);
    const body = { kind: 'call', counterpartyId: annas.id, contactIds: [contact.body.id], at: iso(2 * hour), subject: 'Discuss offer', participantIds: [boris.id], nextStep: 'Send the offer' };
    const first = await create(anna, body, { 'idempotency-key': 'call-1' });
    const again = await create(anna, body, { 'idempotency-key': 'call-1' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(first.body).toMatchObject({ state: 'planned', overdue: false, responsibleId: anna.id, teamId: north.id, contactIds: [contact.body.id], participantIds: [boris.id] });
    expect(first.headers.get('etag')).toBe(`W/"${first.body.lockVersion}"`);

    const late = await created(anna, { kind: 'contact', counterpartyId: annas.id, at: iso(-hour), subject: 'Call back about the invoice' });
    expect(late).toMatchObject({ state: 'planned', overdue: true });
    const overdue = await call(stack, 'GET', '/interactions?state=overdue', { token: anna.token });
    expect(subjects(overdue)).toEqual(['Call back about the invoice']);
  });

  it('logs a done meeting with its result; refuses unknown references and bad input with field paths', async () => {
    const met = await created(anna, { kind: 'meeting', counterpartyId: annas.id, at: iso(-3 * hour), subject: 'Kick-off', state: 'done', result: 'Agreed on a pilot' });
    expect(met).toMatchObject({ state: 'done', overdue: false, result: 'Agreed on a pilot' });
    expect(met.completedAt).not.toBeNull();

    const foreignContact = await call(stack, 'POST', `/counterparties/${boriss.id}/contacts`, { token: boris.token, body: { fullName: 'Ivan' } });
    const cases: [Record<string, unknown>, number, string][] = [
      [{ kind: 'call', counterpartyId: boriss.id, at: iso(hour), subject: 'x' }, 422, 'body.counterpartyId'],
      [{ kind: 'call', counterpartyId: annas.id, contactIds: [foreignContact.body.id], at: iso(hour), subject: 'x' }, 422, 'body.contactIds'],
      [{ kind: 'call', at: iso(hour), subject: 'x', participantIds: [999999] }, 422, 'body.participantIds'],
      [{ kind: 'call', at: iso(hour), subject: 'x', responsibleId: 999999 }, 422, 'body.responsibleId'],
      [{ kind: 'fax', at: iso(hour), subject: 'x' }, 422, 'body.kind'],
      [{ kind: 'call', at: 'tomorrow', subject: 'x' }, 422, 'body.at'],
      [{ kind: 'call', at: iso(hour), subject: 'x'.repeat(301) }, 422, 'body.subject'],
    ];
    for (const [body, status, field] of cases) {
      const answer = await create(anna, body);
      expect(answer.status, JSON.stringify(answer.body)).toBe(status);
      expect(answer.type).toContain('application/problem+json');
      expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it('stores injection attempts as typed text and refuses oversized bodies without a partial write', async () => {
    const hostile = `'); drop table interaction; -- <script>alert(1)</script>`;
    const saved = await created(anna, { kind: 'note', counterpartyId: annas.id, at: iso(0), subject: hostile, state: 'done', result: hostile });
    const read = await call(stack, 'GET', `/interactions/${saved.id}`, { token: anna.token });
    expect(read.body).toMatchObject({ subject: hostile, result: hostile });
    const before = (await call(stack, 'GET', '/interactions?limit=200', { token: anna.token })).body.items.length;
    const huge = await create(anna, { kind: 'note', at: iso(0), subject: 'big', description: 'x'.repeat(3_000_000) });
    expect(huge.status).toBe(413);
    const long = await create(anna, { kind: 'note', at: iso(0), subject: 'long', description: 'x'.repeat(4001) });
    expect(long.status).toBe(422);
    expect((await call(stack, 'GET', '/interactions?limit=200', { token: anna.token })).body.items.length).toBe(before);
  });

  it('updates with If-Match (428 without, 412 stale with the current one), completes and cancels once', async () => {
    const planned = await created(anna, { kind: 'call', counterpartyId: annas.id, at: iso(5 * hour), subject: 'Follow-up' });
    const path = `/interactions/${planned.id}`;
    expect((await call(stack, 'PATCH', path, { token: anna.token, body: { subject: 'Follow-up call' } })).status).toBe(428);
    const moved = await call(stack, 'PATCH', path, { token: anna.token, body: { at: iso(6 * hour) }, headers: { 'if-match': `W/"${planned.lockVersion}"` } });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const stale = await call(stack, 'PATCH', path, { token: anna.token, body: { subject: 'Lost' }, headers: { 'if-match': `W/"${planned.lockVersion}"` } });
    expect(stale.status).toBe(412);
    expect(stale.body.current.lockVersion).toBe(moved.body.lockVersion);

    const done = await call(stack, 'POST', `${path}/complete`, { token: anna.token, body: { result: 'Will order next week', nextStep: 'Call on Monday' } });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ state: 'done', result: 'Will order next week', nextStep: 'Call on Monday' });
    expect((await call(stack, 'POST', `${path}/complete`, { token: anna.token, body: { result: 'again' } })).status).toBe(409);
    expect((await call(stack, 'POST', `${path}/cancel`, { token: anna.token, body: {} })).status).toBe(409);
    expect((await call(stack, 'POST', `${path}/complete`, { token: anna.token, body: {} })).status).toBe(422);

    const other = await created(anna, { kind: 'meeting', counterpartyId: annas.id, at: iso(7 * hour), subject: 'Demo' });
    const cancelled = await call(stack, 'POST', `/interactions/${other.id}/cancel`, { token: anna.token, body: { reason: 'Client postponed' } });
    expect(cancelled.body).toMatchObject({ state: 'cancelled', result: 'Client postponed' });
  });

  it('lists with filters (kind, state, responsible, period) in cursor pages without gaps or repeats', async () => {
    const base = Date.now() + 48 * hour;
    for (let n = 0; n < 5; n++) await created(boris, { kind: n % 2 ? 'email' : 'call', counterpartyId: boriss.id, at: new Date(base + n * hour).toISOString(), subject: `Boris ${n}` });
    const period = `from=${encodeURIComponent(new Date(base).toISOString())}&to=${encodeURIComponent(new Date(base + 5 * hour).toISOString())}`;
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { subject: string }[]; nextCursor: string | null } } = await call(stack, 'GET', `/interactions?${period}&sort=at&limit=2${cursor ? `&cursor=${cursor}` : ''}`, { token: boris.token });
      seen.push(...page.body.items.map((i) => i.subject));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Boris 0', 'Boris 1', 'Boris 2', 'Boris 3', 'Boris 4']);
    expect(subjects(await call(stack, 'GET', `/interactions?${period}&kind=email`, { token: boris.token }))).toEqual(['Boris 1', 'Boris 3']);
    expect(subjects(await call(stack, 'GET', `/interactions?${period}&responsibleId=${anna.id}`, { token: boris.token }))).toEqual([]);
    expect((await call(stack, 'GET', '/interactions?cursor=nonsense', { token: boris.token })).status).toBe(400);
  });

  it('appears in the client’s dossier timeline', async () => {
    const dossier = await call(stack, 'GET', `/counterparties/${annas.id}/dossier`, { token: anna.token });
    expect(dossier.status).toBe(200);
    const entries = dossier.body.timeline.filter((e: { source: string }) => e.source === 'interaction');
    expect(entries.map((e: { title: string }) => e.title)).toEqual(expect.arrayContaining(['meeting: Kick-off (done)', 'contact: Call back about the invoice (overdue)']));
  });
});

describe('interactions: row scope and denials', () => {
  it('a manager sees their clients’ interactions and those they take part in, not others’', async () => {
    const mine = subjects(await call(stack, 'GET', '/interactions?limit=200', { token: boris.token }));
    expect(mine).toContain('Discuss offer'); // participant on Anna's call
    expect(mine).not.toContain('Kick-off');
    expect(mine).toContain('Boris 0');
    const others = await call(stack, 'GET', '/interactions?limit=200', { token: other.token });
    expect(others.body.items).toEqual([]);
  });

  it('another manager gets 404 on get, change, complete and cancel — as if it did not exist; a participant may read but not change', async () => {
    const annaCall = (await call(stack, 'GET', '/interactions?limit=200', { token: anna.token })).body.items.find((i: { subject: string }) => i.subject === 'Discuss offer');
    const path = `/interactions/${annaCall.id}`;
    const ifMatch = { 'if-match': `W/"${annaCall.lockVersion}"` };
    expect((await call(stack, 'GET', path, { token: other.token })).status).toBe(404);
    expect((await call(stack, 'PATCH', path, { token: other.token, body: { subject: 'x' }, headers: ifMatch })).status).toBe(404);
    expect((await call(stack, 'POST', `${path}/complete`, { token: other.token, body: { result: 'x' } })).status).toBe(404);
    expect((await call(stack, 'POST', `${path}/cancel`, { token: other.token, body: {} })).status).toBe(404);
    expect((await call(stack, 'GET', path, { token: boris.token })).status).toBe(200);
    expect((await call(stack, 'POST', `${path}/complete`, { token: boris.token, body: { result: 'x' } })).status).toBe(404);
    expect((await call(stack, 'GET', `/interactions?counterpartyId=${annas.id}`, { token: other.token })).body.items).toEqual([]);
  });

  it('the head sees the team’s, an admin all; a role without interactions is refused (403)', async () => {
    const headSees = subjects(await call(stack, 'GET', '/interactions?limit=200', { token: head.token }));
    expect(headSees).toEqual(expect.arrayContaining(['Kick-off', 'Boris 0']));
    expect((await call(stack, 'GET', '/interactions?limit=200', { token: admin.token })).body.items.length).toBe(headSees.length);
    expect((await call(stack, 'GET', '/interactions', { token: owner.token })).status).toBe(403);
    expect((await create(owner, { kind: 'note', at: iso(0), subject: 'x' })).status).toBe(403);
  });

  it('a manager cannot hand an interaction to someone outside their reach (403, nothing saved)', async () => {
    const before = (await call(stack, 'GET', '/interactions?limit=200', { token: admin.token })).body.items.length;
    const answer = await create(anna, { kind: 'note', at: iso(0), subject: 'For other', responsibleId: other.id });
    expect(answer.status).toBe(403);
    expect((await call(stack, 'GET', '/interactions?limit=200', { token: admin.token })).body.items.length).toBe(before);
  });
});
