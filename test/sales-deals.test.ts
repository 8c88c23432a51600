import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamSchema, UserSchema } from '../domain/access/index.ts';
import { ProcessInstanceSchema } from '../domain/processes/index.ts';
import { call, userWithRoles } from './support/http.ts';
import { eventually, taskPath } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let manager: { token: string; id: number };
let other: { token: string; id: number };
let head: { token: string; id: number };
let agent: { token: string; id: number };

beforeAll(async () => {
  process.env.LEAD_FORM_KEYS = 'site-key-1,site-key-2';
  stack = await startStack({ worker: true });
  manager = await userWithRoles(stack, ['sales_manager']);
  other = await userWithRoles(stack, ['sales_manager']);
  head = await userWithRoles(stack, ['head_of_sales']);
  agent = await userWithRoles(stack, ['agent']);
  const em = stack.orm.em.fork();
  const team = em.create(TeamSchema, { name: 'North', headId: head.id });
  await em.flush();
  await em.nativeUpdate(UserSchema, { id: { $in: [manager.id, head.id] } }, { teamId: team.id });
});
afterAll(async () => {
  await stack?.stop();
});

const form = (body: unknown, key?: string, idem?: string) =>
  call(stack, 'POST', '/leads/web-form', { body, headers: { ...(key ? { 'x-api-key': key } : {}), ...(idem ? { 'idempotency-key': idem } : {}) } });
const dealOf = (id: number, token = manager.token) => call(stack, 'GET', `/deals/${id}`, { token });
const stageIs = (id: number, stage: string, status = 'open') =>
  eventually(async () => {
    const d = await dealOf(id);
    return d.body.stage === stage && d.body.status === status && d.body;
  }, `deal ${id} at ${stage}/${status}`);

describe('default processes', () => {
  it('are deployed at setup: the full Sales process and the simple pipeline', async () => {
    const owner = await userWithRoles(stack, ['process_owner']);
    const list = await call(stack, 'GET', '/process-definitions', { token: owner.token });
    const keys = list.body.items.map((d: { key: string }) => d.key);
    expect(keys).toEqual(expect.arrayContaining(['sales', 'sales-pipeline']));
  });
});

describe('leads from the web form', () => {
  it('needs the form key, refuses bad contact data by field, and answers a resubmit with the same lead', async () => {
    const lead = { contactName: 'Olena', companyName: 'Kvitka LLC', phone: '+380 44 200 1000', email: 'olena@kvitka.example', source: 'google-ads', interest: 'CRM for 20 seats' };
    expect((await form(lead)).status).toBe(401);
    expect((await form(lead, 'wrong')).status).toBe(401);
    const bad = await form({ ...lead, phone: '12' }, 'site-key-1');
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('body.phone');
    expect((await form({ interest: 'x', phone: '+380442001000' }, 'site-key-1')).status).toBe(422);
    const first = await form(lead, 'site-key-2', 'submit-1');
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ id: expect.any(Number), status: 'received' });
    const again = await form(lead, 'site-key-2', 'submit-1');
    expect(again.body.id).toBe(first.body.id);
    expect((await form(lead, 'site-key-1', 'submit-1')).body.id).not.toBe(first.body.id);
    const seen = await call(stack, 'GET', `/leads/${first.body.id}`, { token: manager.token });
    expect(seen.body).toMatchObject({ channel: 'web', source: 'google-ads', status: 'new', responsibleId: null });
    expect((await call(stack, 'GET', `/leads/${first.body.id}`, { token: agent.token })).status).toBe(403);

    const spam = await form({ contactName: 'Bot', email: 'bot@spam.example', source: 'google-ads' }, 'site-key-1');
    const noMatch = await call(stack, 'POST', `/leads/${spam.body.id}/reject`, { token: manager.token, body: { reason: 'Spam' } });
    expect(noMatch.status).toBe(428);
    const rejected = await call(stack, 'POST', `/leads/${spam.body.id}/reject`, { token: manager.token, headers: { 'if-match': 'W/"1"' }, body: { reason: 'Spam' } });
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectedReason: 'Spam' });
    const late = await call(stack, 'POST', `/leads/${spam.body.id}/qualify`, { token: manager.token, body: { deal: { amount: 1, currency: 'UAH' } } });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('lead.not_new');
  });
});

describe('qualification', () => {
  it('turns a lead into a counterparty with its contact and a deal whose process runs, and stops at a possible duplicate', async () => {
    const sent = await form({ contactName: 'Petro', companyName: 'Dnipro Steel', phone: '+380 56 700 1234', email: 'petro@steel.example', source: 'exhibition', interest: 'Pipes' }, 'site-key-1');
    const q = await call(stack, 'POST', `/leads/${sent.body.id}/qualify`, { token: manager.token, body: { deal: { amount: 1_500_000, currency: 'UAH', competitors: ['Rival Inc'] } } });
    expect(q.status).toBe(201);
    expect(q.body.lead).toMatchObject({ status: 'qualified', dealId: q.body.deal.id });
    const deal = q.body.deal;
    expect(deal).toMatchObject({ title: 'Pipes', source: 'exhibition', responsibleId: manager.id, processKey: 'sales-pipeline', amount: 1_500_000 });
    await stageIs(deal.id, 'New');
    const instance = await stack.orm.em.fork().findOneOrFail(ProcessInstanceSchema, { workflowId: deal.workflowId });
    expect(instance).toMatchObject({ recordType: 'deal', recordId: String(deal.id), definitionKey: 'sales-pipeline' });
    const client = await call(stack, 'GET', `/counterparties/${deal.counterpartyId}`, { token: manager.token });
    expect(client.body).toMatchObject({ name: 'Dnipro Steel', kind: 'company', phones: [{ number: '+380567001234' }] });
    const contacts = await call(stack, 'GET', `/counterparties/${deal.counterpartyId}/contacts`, { token: manager.token });
    expect(contacts.body.items[0]).toMatchObject({ fullName: 'Petro', decisionRole: 'decision_maker' });
    const replay = await call(stack, 'POST', `/leads/${sent.body.id}/qualify`, { token: manager.token, body: { deal: { amount: 1, currency: 'UAH' } } });
    expect(replay.status).toBe(200);
    expect(replay.body.deal.id).toBe(deal.id);

    // Two clicks at once make one client and one deal.
    const twice = await form({ contactName: 'Taras', phone: '+380 32 240 0000', source: 'fb' }, 'site-key-1');
    const both = await Promise.all([1, 2].map(() => call(stack, 'POST', `/leads/${twice.body.id}/qualify`, { token: manager.token, body: { deal: { amount: 5, currency: 'UAH' } } })));
    expect(both.map((a) => a.status).sort()).toEqual([200, 201]);
    expect(both[0]!.body.deal.id).toBe(both[1]!.body.deal.id);

    // The same client writes again from another address, with the phone typed differently.
    const second = await call(stack, 'POST', '/leads', { token: manager.token, body: { channel: 'call', contactName: 'Petro', phone: '056 700 12 34', source: 'referral' } });
    const dup = await call(stack, 'POST', `/leads/${second.body.id}/qualify`, { token: manager.token, body: { deal: { amount: 200_000, currency: 'UAH' } } });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('lead.possible_duplicate');
    expect(dup.body.errors[0].params).toMatchObject({ counterpartyId: deal.counterpartyId, matchedBy: ['phone'], name: 'Dnipro Steel' });
    const chosen = await call(stack, 'POST', `/leads/${second.body.id}/qualify`, { token: manager.token, body: { counterpartyId: deal.counterpartyId, deal: { title: 'Valves', amount: 200_000, currency: 'UAH' } } });
    expect(chosen.status).toBe(201);
    expect(chosen.body.deal.counterpartyId).toBe(deal.counterpartyId);

    // Another manager sees that the client exists, but not whose or what it is called.
    const third = await call(stack, 'POST', '/leads', { token: other.token, body: { companyName: 'Steel again', email: 'PETRO@steel.example' } });
    const hidden = await call(stack, 'POST', `/leads/${third.body.id}/qualify`, { token: other.token, body: { deal: { amount: 1, currency: 'UAH' } } });
    expect(hidden.status).toBe(409);
    expect(hidden.body.errors[0].params).toEqual({ counterpartyId: deal.counterpartyId, matchedBy: ['email'], owner: 'another manager' });
    expect((await call(stack, 'POST', `/leads/${third.body.id}/qualify`, { token: other.token, body: { counterpartyId: deal.counterpartyId, deal: { amount: 1, currency: 'UAH' } } })).status).toBe(422);
  });
});

describe('the full Sales process', () => {
  it('ends a deal as lost with the reason given in the qualification task', async () => {
    const client = await call(stack, 'POST', '/counterparties', { token: manager.token, body: { kind: 'company', name: 'Odesa Port' } });
    const deal = await call(stack, 'POST', '/deals', { token: manager.token, body: { title: 'Cranes', counterpartyId: client.body.id, amount: 5_000_000, currency: 'USD', processKey: 'sales' } });
    await stageIs(deal.body.id, 'Qualification');
    const task = await eventually(async () => (await call(stack, 'GET', '/tasks?view=mine', { token: manager.token })).body.items.find((t: { record: { id: string } | null }) => t.record?.id === String(deal.body.id)), 'the task');
    const missing = await call(stack, 'POST', `${taskPath(task.id)}/complete`, { token: manager.token, body: { variables: {} } });
    expect(missing.status).toBe(422);
    expect((await call(stack, 'POST', `${taskPath(task.id)}/complete`, { token: manager.token, body: { variables: { outcome: 'lost', lostReason: 'No budget this year' } } })).status).toBe(200);
    const lost = await stageIs(deal.body.id, 'Lost', 'lost');
    expect(lost.lostReason).toBe('No budget this year');
  });
});

describe('the simple pipeline', () => {
  it('moves a deal by hand along the stages the model allows and refuses the others with 409 naming the allowed', async () => {
    const client = await call(stack, 'POST', '/counterparties', { token: manager.token, body: { kind: 'company', name: 'Lviv Bakery' } });
    const created = await call(stack, 'POST', '/deals', {
      token: manager.token, headers: { 'idempotency-key': 'bakery-1' },
      body: { title: 'Ovens', counterpartyId: client.body.id, amount: 990_000, currency: 'EUR', expectedCloseDate: '2027-01-31', competitors: ['OvenCo'] },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await call(stack, 'POST', '/deals', { token: manager.token, headers: { 'idempotency-key': 'bakery-1' }, body: { title: 'Ovens', counterpartyId: client.body.id, amount: 990_000, currency: 'EUR' } })).body.id).toBe(id);
    await stageIs(id, 'New');

    const skip = await call(stack, 'POST', `/deals/${id}/move`, { token: manager.token, body: { stage: 'Won' } });
    expect(skip.status).toBe(409);
    expect(skip.body.code).toBe('deal.move_forbidden');
    expect(skip.body.allowedStages).toEqual(['Qualified', 'Lost']);
    expect(skip.body.detail).toContain('Qualified, Lost');

    expect((await call(stack, 'POST', `/deals/${id}/move`, { token: manager.token, body: { stage: 'Qualified' } })).status).toBe(202);
    await stageIs(id, 'Qualified');
    expect((await call(stack, 'POST', `/deals/${id}/move`, { token: manager.token, body: { stage: 'Proposal' } })).status).toBe(202);
    await stageIs(id, 'Proposal');
    // Back one stage is allowed by the model, forward two is not.
    expect((await call(stack, 'POST', `/deals/${id}/move`, { token: manager.token, body: { stage: 'Won' } })).status).toBe(409);
    expect((await call(stack, 'POST', `/deals/${id}/move`, { token: manager.token, body: { stage: 'Qualified' } })).status).toBe(202);
    await stageIs(id, 'Qualified');

    const noReason = await call(stack, 'POST', `/deals/${id}/move`, { token: manager.token, body: { stage: 'Lost' } });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors[0].field).toBe('body.lostReason');
    expect((await call(stack, 'POST', `/deals/${id}/move`, { token: manager.token, body: { stage: 'Lost', lostReason: 'Price' } })).status).toBe(202);
    const lost = await stageIs(id, 'Lost', 'lost');
    expect(lost.lostReason).toBe('Price');
    expect(lost.closedAt).not.toBeNull();
    const closed = await call(stack, 'POST', `/deals/${id}/move`, { token: manager.token, body: { stage: 'Qualified' } });
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('deal.closed');
  });

  it("keeps deals within reach: another manager gets 404, the team's head sees them", async () => {
    const client = await call(stack, 'POST', '/counterparties', { token: manager.token, body: { kind: 'person', name: 'Ivan Franko' } });
    const deal = await call(stack, 'POST', '/deals', { token: manager.token, body: { title: 'Books', counterpartyId: client.body.id, amount: 10_000, currency: 'UAH' } });
    expect((await dealOf(deal.body.id, other.token)).status).toBe(404);
    expect((await dealOf(deal.body.id, head.token)).status).toBe(200);
    const list = await call(stack, 'GET', '/deals?limit=200', { token: other.token });
    expect(list.body.items.map((d: { id: number }) => d.id)).not.toContain(deal.body.id);
    expect((await call(stack, 'POST', `/deals/${deal.body.id}/move`, { token: other.token, body: { stage: 'Qualified' } })).status).toBe(404);
    const foreign = await call(stack, 'POST', '/deals', { token: other.token, body: { title: 'Mine?', counterpartyId: client.body.id, amount: 1, currency: 'UAH' } });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors[0].field).toBe('body.counterpartyId');
    const before = (await call(stack, 'GET', '/deals?limit=200', { token: manager.token })).body.items.length;
    const unknown = await call(stack, 'POST', '/deals', { token: manager.token, body: { title: 'x', counterpartyId: client.body.id, amount: 1, currency: 'UAH', processKey: 'no-such-process' } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe('body.processKey');
    expect((await call(stack, 'GET', '/deals?limit=200', { token: manager.token })).body.items).toHaveLength(before);
    expect((await call(stack, 'GET', '/deals', { token: agent.token })).status).toBe(403);
    const stale = await call(stack, 'PATCH', `/deals/${deal.body.id}`, { token: manager.token, headers: { 'if-match': 'W/"99"' }, body: { amount: 5 } });
    expect(stale.status).toBe(412);
    const stranger = await call(stack, 'POST', '/counterparties', { token: manager.token, body: { kind: 'person', name: 'Lesya' } });
    const foreignContact = await call(stack, 'POST', `/counterparties/${stranger.body.id}/contacts`, { token: manager.token, body: { fullName: 'Lesya Ukrainka' } });
    const wrongContact = await call(stack, 'PATCH', `/deals/${deal.body.id}`, { token: manager.token, headers: { 'if-match': `W/"${deal.body.version}"` }, body: { contacts: [{ contactId: foreignContact.body.id, role: 'influencer' }] } });
    expect(wrongContact.status).toBe(422);
    expect(wrongContact.body.errors[0].field).toBe('body.contacts.0.contactId');
    const patched = await call(stack, 'PATCH', `/deals/${deal.body.id}`, { token: manager.token, headers: { 'if-match': `W/"${deal.body.version}"` }, body: { amount: 12_000, competitors: ['Shop'] } });
    expect(patched.body).toMatchObject({ amount: 12_000, competitors: ['Shop'] });
    const history = await call(stack, 'GET', `/deals/${deal.body.id}/history`, { token: head.token });
    expect(history.body.items.filter((c: { action: string }) => c.action === 'update').map((c: { field: string; oldValue: unknown; newValue: unknown; actorId: number }) => [c.field, c.oldValue, c.newValue, c.actorId]).sort())
      .toEqual([['amount', 10_000, 12_000, manager.id], ['competitors', [], ['Shop'], manager.id]]);
    // The head reads who made the change by name, not as an id they could not look up.
    const author = (await call(stack, 'GET', '/auth/me', { token: manager.token })).body.displayName;
    expect(history.body.items.find((c: { field: string }) => c.field === 'amount')).toMatchObject({ actorName: author, oldLabel: null, newLabel: null });
    expect((await call(stack, 'GET', `/deals/${deal.body.id}/history`, { token: other.token })).status).toBe(404);
  });
});
