import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCounterparty, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { eventually } from './support/process.ts';
import { fetchHistories, replayFailures } from './support/histories.ts';
import { startSmtpPeer } from './support/smtp.ts';
import { startStack, type Stack } from './support/stack.ts';
import { killWorker, spawnWorker, type WorkerProcess } from './support/worker-process.ts';

interface Notification { id: number; kind: string; title: string; body: string; link: string | null; createdAt: string }

let stack: Stack;
let anna: Person, boris: Person;
let annas: { id: number };
let worker: WorkerProcess;
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
const sockets: Socket[] = [];
const received = new Map<number, Notification[]>();

/** Everything pushed to a user's room over socket.io, as the browser would see it. */
async function listen(who: Person) {
  const socket = connect(stack.url, { path: '/socket.io', auth: { token: who.token }, transports: ['websocket'], reconnection: false });
  sockets.push(socket);
  received.set(who.id, []);
  socket.on('notification', (n: Notification) => received.get(who.id)!.push(n));
  await new Promise((resolve) => socket.on('session', resolve));
}
const notices = (who: Person, kind?: string) => received.get(who.id)!.filter((n) => !kind || n.kind === kind);
/** The subject as the mail program shows it: unfolded, RFC 2047 words decoded (Cyrillic travels encoded). */
const subjectOf = (raw: string) => decodeWords(/^Subject: (.*)$/im.exec(raw.replace(/\r?\n[ \t]+/g, ' '))?.[1] ?? '');
const decodeWords = (h: string) =>
  h.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toLowerCase() === 'b' ? Buffer.from(text, 'base64').toString('utf8') : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_x, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  );
const soon = (ms: number) => new Date(Date.now() + ms).toISOString();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  stack = await startStack({ worker: false });
  [anna, boris] = await Promise.all([userWithRoles(stack, ['sales_manager']), userWithRoles(stack, ['sales_manager'])]);
  annas = await newCounterparty(stack, anna, { name: 'Anna Trading' });
  await Promise.all([listen(anna), listen(boris)]);
  smtp = await startSmtpPeer();
  // The spawned workers inherit this process's environment: their mail goes to the test's SMTP peer.
  process.env.SMTP_URL = smtp.url;
  worker = await spawnWorker(stack);
}, 180_000);
afterAll(async () => {
  for (const s of sockets) s.close();
  if (worker) await killWorker(worker);
  await stack?.stop();
  await smtp?.close();
});

/**
 * SIGKILL, then the helper's proof that no process with the worker's tag survives. A child
 * the worker started (tsx's esbuild service) can take a moment to notice its parent died, so
 * the proof is asked again for a short while; a surviving worker would also fire the reminder
 * during the gap below, which the test would see.
 */
async function killedForGood(w: WorkerProcess) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await killWorker(w);
    } catch (err) {
      const pid = /pid (\d+)/.exec(String(err))?.[1];
      const cmd = pid ? await import('node:fs').then((fs) => fs.readFileSync(`/proc/${pid}/cmdline`, 'latin1').replace(/\0/g, ' ')).catch(() => '(gone)') : '';
      if (attempt >= 10) throw new Error(`${String(err)}: ${cmd}`, { cause: err });
      console.warn(`after SIGKILL, still there: ${cmd}`);
      await sleep(300);
    }
  }
}

async function plan(who: Person, body: Record<string, unknown>) {
  const answer = await call(stack, 'POST', '/interactions', { token: who.token, body: { kind: 'call', counterpartyId: annas.id, ...body } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body as { id: number; lockVersion: number };
}

describe('reminders', () => {
  it('a free reminder fires on time for its owner only, once, as an in-app notification', async () => {
    const created = await call(stack, 'POST', '/reminders', { token: anna.token, body: { at: soon(2000), text: 'Prepare the contract', counterpartyId: annas.id } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const n = await eventually(async () => notices(anna, 'reminder').find((x) => x.body === 'Prepare the contract'), 'the reminder', 30_000);
    expect(n).toMatchObject({ title: 'Reminder', link: `/counterparties/${annas.id}` });
    await eventually(async () => (await call(stack, 'GET', '/reminders?state=fired', { token: anna.token })).body.items.some((r: { id: number }) => r.id === created.body.id), 'fired state');
    await sleep(1500);
    expect(notices(anna).filter((x) => x.body === 'Prepare the contract')).toHaveLength(1);
    expect(notices(boris)).toEqual([]);
    // Stored in-app (listed with the other notifications) and mailed once to the owner.
    const stored = await call(stack, 'GET', '/notifications', { token: anna.token });
    expect(stored.body.items.filter((x: Notification) => x.body === 'Prepare the contract')).toHaveLength(1);
    await eventually(async () => smtp.to(anna.email).find((m) => m.subject === 'Reminder' && m.raw.includes('Prepare the contract')), 'the reminder e-mail');
    expect(smtp.to(anna.email).filter((m) => m.raw.includes('Prepare the contract'))).toHaveLength(1);
    expect(smtp.to(boris.email)).toEqual([]);
  });

  it('refuses reminders on clients out of reach and others’ reminders', async () => {
    const theirs = await call(stack, 'POST', '/reminders', { token: boris.token, body: { at: soon(3600_000), text: 'x', counterpartyId: annas.id } });
    expect(theirs.status).toBe(404);
    const annaLater = await call(stack, 'POST', '/reminders', { token: anna.token, body: { at: soon(3600_000), text: 'later' } });
    expect((await call(stack, 'POST', `/reminders/${annaLater.body.id}/cancel`, { token: boris.token })).status).toBe(404);
    expect((await call(stack, 'PATCH', `/reminders/${annaLater.body.id}`, { token: boris.token, body: { at: soon(1000) } })).status).toBe(404);
    const cancelled = await call(stack, 'POST', `/reminders/${annaLater.body.id}/cancel`, { token: anna.token });
    expect(cancelled.body.state).toBe('cancelled');
  });

  it('a planned contact reminds its responsible before, then reports it overdue when its time passes', async () => {
    const i = await plan(anna, { at: soon(4000), remindBeforeMinutes: 0, subject: 'Call about renewal' });
    const reminder = await eventually(async () => notices(anna, 'reminder').find((x) => x.link === `/interactions/${i.id}`), 'the interaction reminder', 30_000);
    // Kind, subject and time as a person reads them (no locale chosen: English), not an ISO string.
    expect(reminder.body).toMatch(/^Call “Call about renewal”: \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s?[AP]M UTC$/);
    const overdue = await eventually(async () => notices(anna, 'interaction_overdue').find((x) => x.link === `/interactions/${i.id}`), 'the overdue notice', 30_000);
    expect(overdue.title).toBe('Overdue contact');
    expect(overdue.body).toMatch(/^Call “Call about renewal” was planned for .+ UTC and is not done$/);
    expect(overdue.body).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    await eventually(async () => smtp.to(anna.email).find((m) => m.subject === 'Overdue contact' && m.raw.includes('Call about renewal')), 'the overdue e-mail');
    expect((await call(stack, 'GET', `/interactions/${i.id}`, { token: anna.token })).body.overdue).toBe(true);
    // Done late: its timer has already finished, completing it still works.
    expect((await call(stack, 'POST', `/interactions/${i.id}/complete`, { token: anna.token, body: { result: 'Reached them an hour late' } })).status).toBe(200);
  });

  it('speaks the recipient’s language and clock: a Ukrainian manager in Kyiv gets the reminder, the overdue notice and its e-mail in Ukrainian, in Kyiv time', async () => {
    expect((await call(stack, 'PATCH', '/auth/me', { token: boris.token, body: { locale: 'uk', timeZone: 'Europe/Kyiv' } })).status).toBe(200);
    const borises = await newCounterparty(stack, boris, { name: 'Borys Trade' });
    const at = soon(4000);
    const planned = await call(stack, 'POST', '/interactions', { token: boris.token, body: { kind: 'meeting', counterpartyId: borises.id, at, remindBeforeMinutes: 0, subject: 'Знижка' } });
    expect(planned.status, JSON.stringify(planned.body)).toBe(201);
    const link = `/interactions/${planned.body.id}`;
    const reminder = await eventually(async () => notices(boris, 'reminder').find((x) => x.link === link), 'the Ukrainian reminder', 30_000);
    expect(reminder.title).toBe('Нагадування');
    // Kyiv's wall clock and offset, not UTC's.
    const kyiv = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Kyiv', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(at));
    const offset = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Kyiv', timeZoneName: 'short' }).formatToParts(new Date(at)).find((p) => p.type === 'timeZoneName')!.value;
    expect(offset).toMatch(/^GMT\+[23]$/);
    expect(reminder.body).toMatch(/^Зустріч «Знижка»: \d{1,2} [а-яіїє]+\.? \d{4} р\., \d{2}:\d{2} GMT\+[23]$/);
    expect(reminder.body).toContain(`${kyiv} ${offset}`);
    const overdue = await eventually(async () => notices(boris, 'interaction_overdue').find((x) => x.link === link), 'the Ukrainian overdue notice', 30_000);
    expect(overdue.title).toBe('Прострочений контакт');
    expect(overdue.body).toMatch(/^Зустріч «Знижка»: заплановано на .+ GMT\+[23], не виконано$/);
    expect(overdue.body).toContain(`${kyiv} ${offset}`);
    const mail = await eventually(async () => smtp.to(boris.email).find((m) => subjectOf(m.raw) === 'Прострочений контакт'), 'the Ukrainian overdue e-mail');
    expect(mail.raw).toMatch(/^Content-Transfer-Encoding: base64$/im);
    const text = Buffer.from(mail.raw.split(/\r?\n\r?\n/).slice(1).join(''), 'base64').toString('utf8');
    expect(text).toContain(overdue.body);
    // Anna chose no language and still reads English.
    expect(notices(anna).every((x) => /^(Reminder|Overdue contact)$/.test(x.title))).toBe(true);
  });

  it('moving a planned contact re-arms its timer; completing or cancelling one stops it', async () => {
    const moved = await plan(anna, { at: soon(3600_000), subject: 'Moved call' });
    const patched = await call(stack, 'PATCH', `/interactions/${moved.id}`, { token: anna.token, body: { at: soon(3000) }, headers: { 'if-match': `W/"${moved.lockVersion}"` } });
    expect(patched.status).toBe(200);
    const done = await plan(anna, { at: soon(3000), subject: 'Done early' });
    expect((await call(stack, 'POST', `/interactions/${done.id}/complete`, { token: anna.token, body: { result: 'Reached them early' } })).status).toBe(200);
    const dropped = await plan(anna, { at: soon(3000), subject: 'Dropped' });
    expect((await call(stack, 'POST', `/interactions/${dropped.id}/cancel`, { token: anna.token, body: {} })).status).toBe(200);

    await eventually(async () => notices(anna, 'interaction_overdue').find((x) => x.link === `/interactions/${moved.id}`), 'the moved call to fire at its new time', 30_000);
    await sleep(3000);
    const links = notices(anna).map((x) => x.link);
    expect(links).not.toContain(`/interactions/${done.id}`);
    expect(links).not.toContain(`/interactions/${dropped.id}`);
    const mine = (await call(stack, 'GET', '/reminders', { token: anna.token })).body.items;
    expect(mine.find((r: { interactionId: number }) => r.interactionId === dropped.id).state).toBe('cancelled');
  });

  it('fires after the worker was killed and a new one started, even when its time passed meanwhile', async () => {
    const created = await call(stack, 'POST', '/reminders', { token: anna.token, body: { at: soon(4000), text: 'Survives a crash' } });
    expect(created.status).toBe(201);
    await killedForGood(worker);
    await sleep(6000);
    expect(notices(anna).some((x) => x.body === 'Survives a crash')).toBe(false);
    worker = await spawnWorker(stack);
    await eventually(async () => notices(anna, 'reminder').find((x) => x.body === 'Survives a crash'), 'the reminder after the restart', 60_000);
    await sleep(1500);
    expect(notices(anna).filter((x) => x.body === 'Survives a crash')).toHaveLength(1);
  }, 120_000);

  it('every reminder timer of this file (fired, moved, cancelled, restarted) replays deterministically', async () => {
    const ids = (await call(stack, 'GET', '/reminders', { token: anna.token })).body.items.map((r: { id: number }) => `reminder-${r.id}`);
    expect(ids.length).toBeGreaterThanOrEqual(6);
    expect(await replayFailures(await fetchHistories(stack.target.address, ids))).toEqual([]);
  });
});
