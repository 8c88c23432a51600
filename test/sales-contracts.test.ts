import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignUserTeam, createTeam } from '../domain/access/index.ts';
import { contractDate } from '../domain/sales/contracts/expiry-text.ts';
import { newCounterparty, type Person } from './support/clients.ts';
import { b64, makeDocx } from './support/docx.ts';
import { call, userWithRoles } from './support/http.ts';
import { fetchHistories, replayFailures } from './support/histories.ts';
import { eventually } from './support/process.ts';
import { startSmtpPeer } from './support/smtp.ts';
import { startStack, type Stack } from './support/stack.ts';

interface Notice { id: number; kind: string; title: string; body: string; link: string | null; createdAt: string }

let stack: Stack;
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
let manager: Person, head: Person, other: Person, agent: Person;
let clientId: number;

const DAY = 86_400_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ifMatch = (version: number) => ({ 'if-match': `W/"${version}"` });
/** The Subject of a received mail as the reader sees it: unfolded, its MIME encoded-words (RFC 2047) decoded. */
const subjectOf = (raw: string): string => {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const subject = /^Subject: (.*)$/im.exec(head)?.[1] ?? '';
  const word = (encoding: string, text: string) => (encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64')
    : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1'));
  const parts = subject.split(/(=\?UTF-8\?[BQ]\?[^?]*\?=)\s*/i).filter(Boolean);
  return Buffer.concat(parts.map((p) => { const m = /^=\?UTF-8\?([BQ])\?([^?]*)\?=$/i.exec(p); return m ? word(m[1]!, m[2]!) : Buffer.from(p); })).toString('utf8');
};
const noticesOf = async (who: Person, link: string): Promise<Notice[]> =>
  (await call(stack, 'GET', '/notifications?limit=100', { token: who.token })).body.items.filter((n: Notice) => n.link === link);

/**
 * A reminder moment `ms` from now, whole seconds: the reminder time of day is set to its time,
 * and the end date it needs is `daysBefore` days after its date — so the real clock, not a
 * fake one, decides when it fires.
 */
function momentIn(ms: number, daysBefore = 30) {
  const at = Math.ceil((Date.now() + ms) / 1000) * 1000;
  process.env.CONTRACT_REMINDER_TIME = new Date(at).toISOString().slice(11, 19);
  return { at, validTo: dateOf(at + daysBefore * DAY) };
}

async function register(body: Record<string, unknown>, who = manager) {
  const answer = await call(stack, 'POST', '/contracts', { token: who.token, body: { counterpartyId: clientId, validFrom: dateOf(Date.now()), ...body } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body as { id: number; version: number; remindAt: string | null };
}

beforeAll(async () => {
  smtp = await startSmtpPeer();
  stack = await startStack({ worker: true, mail: { smtpUrl: smtp.url, from: 'Process CRM <crm@example.test>' } });
  [manager, head, other, agent] = await Promise.all([
    userWithRoles(stack, ['sales_manager']), userWithRoles(stack, ['head_of_sales']), userWithRoles(stack, ['sales_manager']), userWithRoles(stack, ['agent']),
  ]);
  const em = stack.orm.em.fork();
  const team = await createTeam(em, { name: 'North', headId: head.id });
  await assignUserTeam(em, manager.id, team.id);
  clientId = (await newCounterparty(stack, manager, { name: 'Lviv Coffee' })).id;
  expect((await call(stack, 'PATCH', '/auth/me', { token: manager.token, body: { locale: 'uk' } })).status).toBe(200);
}, 120_000);
afterAll(async () => {
  delete process.env.CONTRACT_REMINDER_TIME;
  await stack?.stop();
  await smtp?.close();
});

describe('contract expiry reminder', () => {
  it('fires once, on time, to the responsible only, in the app and by e-mail', async () => {
    const { at, validTo } = momentIn(5000);
    const c = await register({ number: 'CTR-1', subject: 'Coffee machines', validTo });
    expect(c.remindAt).toBe(new Date(at).toISOString());
    const later = await register({ number: 'CTR-LATER', validTo: dateOf(Date.now() + 90 * DAY) });
    const link = `/contracts/${c.id}`;
    await sleep(2000);
    expect(await noticesOf(manager, link)).toEqual([]);

    const [n] = await eventually(async () => { const x = await noticesOf(manager, link); return x.length ? x : undefined; }, 'the expiry reminder', 30_000);
    // The responsible reads Ukrainian: the notice and its e-mail say so, the date as they write dates.
    expect(n).toMatchObject({ kind: 'contract_expiry', title: `Договір CTR-1 спливає ${contractDate(validTo, 'uk')}` });
    expect(n!.body).toContain('(Coffee machines) діє до');
    expect(new Date(n!.createdAt).getTime()).toBeGreaterThanOrEqual(at);
    await eventually(async () => smtp.to(manager.email).some((m) => subjectOf(m.raw).includes('Договір CTR-1')), 'the e-mail', 30_000);
    await sleep(2000);
    expect(await noticesOf(manager, link)).toHaveLength(1);
    expect(smtp.to(manager.email).filter((m) => subjectOf(m.raw).includes('CTR-1'))).toHaveLength(1);
    expect((await call(stack, 'GET', `/contracts/${c.id}`, { token: manager.token })).body.remindedAt).toBe(new Date(at).toISOString());
    // Not for anyone else, not for the contract that ends later.
    expect(await noticesOf(other, link)).toEqual([]);
    expect(await noticesOf(head, link)).toEqual([]);
    expect(smtp.to(other.email)).toEqual([]);
    expect(await noticesOf(manager, `/contracts/${later.id}`)).toEqual([]);
  });

  it('moving the end date re-arms the reminder: the old time stays silent, the new one fires', async () => {
    const first = momentIn(4000, 10);
    const moved = await register({ number: 'CTR-MOVED', validTo: first.validTo, remindDaysBefore: 10 });
    // Extended by a year before its reminder: nothing at the old time.
    const extended = await call(stack, 'PATCH', `/contracts/${moved.id}`, { token: manager.token, headers: ifMatch(moved.version), body: { validTo: dateOf(Date.now() + 375 * DAY) } });
    expect(extended.status, JSON.stringify(extended.body)).toBe(200);
    expect(new Date(extended.body.remindAt).getTime()).toBeGreaterThan(Date.now() + 300 * DAY);

    const far = await register({ number: 'CTR-SHORTENED', validTo: dateOf(Date.now() + 200 * DAY) });
    const second = momentIn(4000, 30);
    const shortened = await call(stack, 'PATCH', `/contracts/${far.id}`, { token: manager.token, headers: ifMatch(far.version), body: { validTo: second.validTo } });
    expect(shortened.body.remindAt).toBe(new Date(second.at).toISOString());

    const [n] = await eventually(async () => { const x = await noticesOf(manager, `/contracts/${far.id}`); return x.length ? x : undefined; }, 'the re-armed reminder', 30_000);
    expect(new Date(n!.createdAt).getTime()).toBeGreaterThanOrEqual(second.at);
    await sleep(1500);
    expect(await noticesOf(manager, `/contracts/${moved.id}`)).toEqual([]);
    // The timers' histories (fired after a re-arm; re-armed and still sleeping) replay against today's code.
    expect(await replayFailures(await fetchHistories(stack.target.address, [`contract-expiry-${far.id}`, `contract-expiry-${moved.id}`]))).toEqual([]);
  });

  it('a deleted contract is never reminded of', async () => {
    const { validTo } = momentIn(3000);
    const c = await register({ number: 'CTR-DELETED', validTo });
    expect((await call(stack, 'DELETE', `/contracts/${c.id}`, { token: manager.token, headers: ifMatch(c.version) })).status).toBe(204);
    await sleep(5000);
    expect(await noticesOf(manager, `/contracts/${c.id}`)).toEqual([]);
    expect((await call(stack, 'GET', `/contracts/${c.id}`, { token: manager.token })).status).toBe(404);
  });
});

describe('contract record', () => {
  it('links its generated contract document (taking its number) and shows on the client’s timeline', async () => {
    const template = await call(stack, 'POST', '/document-templates', { token: manager.token, body: { docType: 'contract', name: 'Contract', contentBase64: b64(makeDocx(['Contract {number} with {buyerName}, {validFrom} to {validTo}'])) } });
    expect(template.status, JSON.stringify(template.body)).toBe(201);
    const doc = await call(stack, 'POST', '/documents', { token: manager.token, body: { docType: 'contract', counterpartyId: clientId, data: { validFrom: '2026-12-01', validTo: '2027-11-30' } } });
    expect(doc.status, JSON.stringify(doc.body)).toBe(201);
    delete process.env.CONTRACT_REMINDER_TIME;
    const c = await register({ documentId: doc.body.id, validFrom: '2026-12-01', validTo: '2027-11-30' });
    // 30 days before the last valid day, at the default 09:00 UTC.
    expect(c).toMatchObject({ number: doc.body.number, documentId: doc.body.id, remindDaysBefore: 30, remindAt: '2027-10-31T09:00:00.000Z' });
    const dossier = await call(stack, 'GET', `/counterparties/${clientId}/dossier`, { token: manager.token });
    const entry = dossier.body.timeline.find((e: { id: string }) => e.id === `contract:${c.id}`);
    expect(entry).toMatchObject({ source: 'contract', data: { number: doc.body.number, documentId: doc.body.id, validTo: '2027-11-30' } });

    const proposal = await call(stack, 'POST', '/document-templates', { token: manager.token, body: { docType: 'commercial_proposal', name: 'CP', contentBase64: b64(makeDocx(['Proposal {number}'])) } });
    expect(proposal.status).toBe(201);
    const cp = await call(stack, 'POST', '/documents', { token: manager.token, body: { docType: 'commercial_proposal', counterpartyId: clientId, data: {} } });
    const wrong = await call(stack, 'POST', '/contracts', { token: manager.token, body: { number: 'CTR-CP', counterpartyId: clientId, validFrom: '2026-12-01', documentId: cp.body.id } });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.documentId']);
  });
});

describe('contract access and input', () => {
  it('others’ contracts are not found; the head sees the team’s; agents may not', async () => {
    const c = await register({ number: 'CTR-PRIVATE', validTo: dateOf(Date.now() + 365 * DAY) });
    expect((await call(stack, 'GET', `/contracts/${c.id}`, { token: other.token })).status).toBe(404);
    expect((await call(stack, 'PATCH', `/contracts/${c.id}`, { token: other.token, headers: ifMatch(c.version), body: { subject: 'x' } })).status).toBe(404);
    expect((await call(stack, 'DELETE', `/contracts/${c.id}`, { token: other.token, headers: ifMatch(c.version) })).status).toBe(404);
    expect((await call(stack, 'GET', '/contracts', { token: other.token })).body.items).toEqual([]);
    expect((await call(stack, 'GET', `/contracts/${c.id}`, { token: head.token })).status).toBe(200);
    expect((await call(stack, 'GET', '/contracts', { token: agent.token })).status).toBe(403);
    const foreign = await call(stack, 'POST', '/contracts', { token: other.token, body: { number: 'CTR-X', counterpartyId: clientId, validFrom: '2026-01-01' } });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.counterpartyId']);
  });

  it('refuses bad input with field paths, a taken number, and stale or missing If-Match', async () => {
    const bad = await call(stack, 'POST', '/contracts', { token: manager.token, body: { number: '', counterpartyId: clientId, validFrom: '2026-02-30', remindDaysBefore: -1 } });
    expect(bad.status).toBe(422);
    expect(bad.type).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.number', 'body.remindDaysBefore', 'body.validFrom']);
    const order = await call(stack, 'POST', '/contracts', { token: manager.token, body: { number: 'CTR-O', counterpartyId: clientId, validFrom: '2026-06-01', validTo: '2026-05-31', documentId: 999_999_999 } });
    expect(order.status).toBe(422);
    expect(order.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.documentId', 'body.validTo']);
    const open = await register({ number: 'CTR-OPEN' });
    expect(open.remindAt).toBeNull();
    const taken = await call(stack, 'POST', '/contracts', { token: manager.token, body: { number: 'CTR-OPEN', counterpartyId: clientId, validFrom: '2026-01-01' } });
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0].field).toBe('body.number');
    expect((await call(stack, 'PATCH', `/contracts/${open.id}`, { token: manager.token, body: { subject: 'x' } })).status).toBe(428);
    expect((await call(stack, 'PATCH', `/contracts/${open.id}`, { token: manager.token, headers: ifMatch(open.version), body: { subject: 'Beans' } })).body.version).toBe(open.version + 1);
    const stale = await call(stack, 'PATCH', `/contracts/${open.id}`, { token: manager.token, headers: ifMatch(open.version), body: { subject: 'y' } });
    expect(stale.status).toBe(412);
    expect(stale.body.current.subject).toBe('Beans');
  });
});
