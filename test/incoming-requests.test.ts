import { io as connect } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCounterparty, teamOf, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let admin: Person, head: Person, anna: Person, boris: Person, cora: Person, dan: Person, owner: Person;
let annas: { id: number }, north: { id: number }, south: { id: number };

const register = (who: Person, body: Record<string, unknown>) => call(stack, 'POST', '/incoming-requests', { token: who.token, body });
const inbox = (who: Person, query = '?unread=true') => call(stack, 'GET', `/incoming-requests${query}`, { token: who.token });

beforeAll(async () => {
  stack = await startStack();
  [admin, head, anna, boris, cora, dan, owner] = await Promise.all([
    userWithRoles(stack, ['admin']),
    userWithRoles(stack, ['head_of_sales']),
    userWithRoles(stack, ['sales_manager']),
    userWithRoles(stack, ['sales_manager']),
    userWithRoles(stack, ['agent']),
    userWithRoles(stack, ['agent']),
    userWithRoles(stack, ['process_owner']),
  ]);
  // North has a head; South has none, so its requests follow the rule (fewest unread).
  north = await teamOf(stack, admin, 'North', head, [anna, boris]);
  south = await teamOf(stack, admin, 'South', null, [cora, dan]);
  annas = await newCounterparty(stack, anna, { name: 'Anna Trading' });
});
afterAll(() => stack?.stop());

describe('incoming requests', () => {
  it('a request for a person who is out lands unread in their inbox and in the client’s history', async () => {
    const r = await register(cora, { counterpartyId: null, from: 'Petro, +380501234567', channel: 'phone', text: 'Please call back about delivery', addressee: { userId: anna.id } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ addresseeId: anna.id, routedBy: 'person', read: false, teamId: north.id });

    const withClient = await register(anna, { counterpartyId: annas.id, from: 'olena@annatrading.test', channel: 'email', text: 'Invoice question', addressee: { userId: anna.id } });
    expect(withClient.status).toBe(201);
    const unread = await inbox(anna);
    expect(unread.body.items.map((i: { text: string }) => i.text)).toEqual(['Invoice question', 'Please call back about delivery']);
    expect(unread.body.unreadCount).toBe(2);
    expect((await inbox(boris)).body.items).toEqual([]);
    expect((await inbox(anna, `?counterpartyId=${annas.id}`)).body.items.map((i: { text: string }) => i.text)).toEqual(['Invoice question']);

    const dossier = await call(stack, 'GET', `/counterparties/${annas.id}/dossier`, { token: anna.token });
    const entry = dossier.body.timeline.find((e: { source: string }) => e.source === 'incoming_request');
    expect(entry).toMatchObject({ title: 'Incoming email from olena@annatrading.test', data: { text: 'Invoice question', read: false } });
  });

  it('the addressee is told at once: a notification pushed over socket.io and kept in their notifications', async () => {
    const socket = connect(stack.url, { path: '/socket.io', auth: { token: boris.token }, transports: ['websocket'], reconnection: false });
    try {
      await new Promise((resolve) => socket.on('session', resolve));
      const pushed = new Promise<{ kind: string; title: string; body: string }>((resolve) => socket.on('notification', resolve));
      const r = await register(anna, { from: 'Maria', channel: 'sms', text: 'Where is my order?', addressee: { userId: boris.id } });
      expect(r.status).toBe(201);
      expect(await pushed).toMatchObject({ kind: 'incoming_request', title: 'Incoming sms from Maria', body: 'Where is my order?' });
      const stored = await call(stack, 'GET', '/notifications', { token: boris.token });
      expect(stored.body.items.map((n: { body: string }) => n.body)).toEqual(['Where is my order?']);
      const annas = (await call(stack, 'GET', '/notifications', { token: anna.token })).body.items.map((n: { body: string }) => n.body);
      expect(annas).not.toContain('Where is my order?');
    } finally {
      socket.close();
    }
  });

  it('marking read: only the addressee (others 403, outsiders 404); read requests leave the unread list', async () => {
    const [first] = (await inbox(anna)).body.items;
    expect((await call(stack, 'POST', `/incoming-requests/${first.id}/read`, { token: boris.token })).status).toBe(404);
    expect((await call(stack, 'POST', `/incoming-requests/${first.id}/read`, { token: head.token })).status).toBe(403);
    const read = await call(stack, 'POST', `/incoming-requests/${first.id}/read`, { token: anna.token });
    expect(read.status).toBe(200);
    expect(read.body.read).toBe(true);
    expect((await call(stack, 'POST', `/incoming-requests/${first.id}/read`, { token: anna.token })).body.readAt).toBe(read.body.readAt);
    expect((await inbox(anna)).body.unreadCount).toBe(1);
    // Without `unread`: addressed to her (2) and registered by her for boris (1).
    expect((await inbox(anna, '')).body.items).toHaveLength(3);
  });

  it('a request for a team goes to its head; a team without a head to the member with the fewest unread', async () => {
    const toNorth = await register(boris, { from: 'Caller', channel: 'phone', text: 'For sales', addressee: { teamId: north.id } });
    expect(toNorth.body).toMatchObject({ addresseeId: head.id, routedBy: 'team_head', teamId: north.id });

    const routed: number[] = [];
    for (const text of ['one', 'two', 'three']) {
      const r = await register(anna, { from: 'Caller', channel: 'messenger', text, addressee: { teamId: south.id } });
      expect(r.body.routedBy).toBe('team_rule');
      routed.push(r.body.addresseeId);
    }
    // cora and dan both start with none unread: the lower id first, then the other, then the first again.
    const [low, high] = [cora.id, dan.id].sort((a, b) => a - b);
    expect(routed).toEqual([low, high, low]);
    // The head sees the requests routed to their team; a member of another team does not.
    expect((await inbox(head, '')).body.items.map((i: { text: string }) => i.text)).toContain('For sales');
    expect((await inbox(cora, '')).body.items.map((i: { text: string }) => i.text)).not.toContain('For sales');
  });

  it('refuses unknown addressees, clients out of reach, bad channels, and roles without interactions', async () => {
    const bad: [Record<string, unknown>, number, string][] = [
      [{ from: 'x', channel: 'phone', text: 'x', addressee: { userId: 999999 } }, 422, 'body.addressee.userId'],
      [{ from: 'x', channel: 'phone', text: 'x', addressee: { teamId: 999999 } }, 422, 'body.addressee.teamId'],
      [{ counterpartyId: annas.id, from: 'x', channel: 'phone', text: 'x', addressee: { userId: anna.id } }, 422, 'body.counterpartyId'],
      [{ from: 'x', channel: 'pigeon', text: 'x', addressee: { userId: anna.id } }, 422, 'body.channel'],
      [{ from: 'x', channel: 'phone', text: '', addressee: { userId: anna.id } }, 422, 'body.text'],
    ];
    for (const [body, status, field] of bad) {
      const answer = await register(boris, body);
      expect(answer.status, JSON.stringify(answer.body)).toBe(status);
      expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect((await register(owner, { from: 'x', channel: 'phone', text: 'x', addressee: { userId: anna.id } })).status).toBe(403);
    expect((await inbox(owner)).status).toBe(403);
  });

  it('tells the addressee in the language they chose', async () => {
    expect((await call(stack, 'PATCH', '/auth/me', { token: boris.token, body: { locale: 'uk' } })).status).toBe(200);
    try {
      expect((await register(anna, { from: 'Марія', channel: 'phone', text: 'Передзвоніть', addressee: { userId: boris.id } })).status).toBe(201);
      const [latest] = (await call(stack, 'GET', '/notifications', { token: boris.token })).body.items;
      expect(latest).toMatchObject({ kind: 'incoming_request', title: 'Телефон: звернення від Марія', body: 'Передзвоніть' });
    } finally {
      await call(stack, 'PATCH', '/auth/me', { token: boris.token, body: { locale: 'en' } });
    }
  });
});
