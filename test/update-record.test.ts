import { MockActivityEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUpdateRecordConnector } from '../activities/update-record.connector.ts';
import { UserSchema } from '../domain/access/index.ts';
import { RecordChangeSchema } from '../domain/clients/index.ts';
import { linearProcess } from './support/bpmn.ts';
import { newCounterparty, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { deployFixture, eventually } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let owner: Person;
let manager: Person;
let colleague: Person;

beforeAll(async () => {
  stack = await startStack({ worker: true });
  owner = await userWithRoles(stack, ['process_owner']);
  manager = await userWithRoles(stack, ['sales_manager']);
  colleague = await userWithRoles(stack, ['sales_manager']);
});
afterAll(async () => {
  await stack?.stop();
});

const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A service task made as the "Update record" template makes it. */
function updateTask(id: string, fields: string, record?: { type: string; id: string }) {
  const headers = `<zeebe:header key="recordType" value="${record?.type ?? 'process'}" /><zeebe:header key="outputVariable" value="${id}Result" />`;
  const inputs = `${record ? `<zeebe:input source="${attr(record.id)}" target="recordId" />` : ''}<zeebe:input source="${attr(fields)}" target="fields" />`;
  return {
    id,
    xml: `<bpmn:serviceTask id="${id}" name="Update ${id}"><bpmn:extensionElements><zeebe:taskDefinition type="update-record" /><zeebe:taskHeaders>${headers}</zeebe:taskHeaders><zeebe:ioMapping>${inputs}</zeebe:ioMapping></bpmn:extensionElements></bpmn:serviceTask>`,
  };
}

async function newDeal(title: string) {
  const client = await newCounterparty(stack, manager, { name: `${title} client`, status: 'prospect' });
  const deal = await call(stack, 'POST', '/deals', { token: manager.token, body: { title, counterpartyId: client.id, amount: 100_000, currency: 'UAH' } });
  expect(deal.status, JSON.stringify(deal.body)).toBe(201);
  return { client, deal: deal.body as { id: number; version: number } };
}

async function start(key: string, record: { type: string; id: number }, variables: Record<string, unknown> = {}) {
  const started = await call(stack, 'POST', '/process-instances', { token: manager.token, body: { key, record: { type: record.type, id: String(record.id) }, variables } });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  return started.body.workflowId as string;
}

const instance = (workflowId: string) => call(stack, 'GET', `/process-instances/${workflowId}`, { token: owner.token });
const ended = (workflowId: string) => eventually(async () => ((await instance(workflowId)).body.status === 'completed' ? (await instance(workflowId)).body : null), `${workflowId} to end`);
const incidentOf = (workflowId: string) =>
  eventually(async () => ((await instance(workflowId)).body.incidents?.[0] as { id: string; nodeId: string; message: string } | undefined), `an incident on ${workflowId}`);

describe('the update-record connector in a process', () => {
  it('sets the fields of the instance’s deal and of a named client; the histories name the process', async () => {
    const { client, deal } = await newDeal('Cold storage');
    const xml = linearProcess('deal_update', [
      updateTask('terms', '={amount: 250000, currency: "EUR", expectedCloseDate: "2026-12-31", competitors: ["Acme"]}'),
      updateTask('profile', '={status: "client", tags: ["vip", "cold chain"], industry: "Logistics", size: "medium"}', { type: 'client', id: '=clientId' }),
    ]);
    await deployFixture(stack, owner.token, 'deal_update', xml);
    const workflowId = await start('deal_update', { type: 'deal', id: deal.id }, { clientId: client.id });
    const done = await ended(workflowId);

    const fresh = (await call(stack, 'GET', `/deals/${deal.id}`, { token: manager.token })).body;
    expect(fresh).toMatchObject({ amount: 250_000, currency: 'EUR', expectedCloseDate: '2026-12-31', competitors: ['Acme'] });
    expect(done.variables.termsResult).toEqual({ type: 'deal', id: deal.id, version: fresh.version });
    expect(fresh.version).toBeGreaterThan(deal.version);

    const dealHistory = (await call(stack, 'GET', `/deals/${deal.id}/history`, { token: manager.token })).body.items as { field: string; action: string; actorId: number | null; workflowId: string | null; newValue: unknown }[];
    const byProcess = dealHistory.filter((c) => c.action === 'update');
    expect(byProcess.map((c) => c.field).sort()).toEqual(['amount', 'competitors', 'currency', 'expectedCloseDate']);
    expect(byProcess.every((c) => c.actorId === null && c.workflowId === workflowId)).toBe(true);
    // The deal's creation stays the manager's.
    expect(dealHistory.find((c) => c.action === 'create')).toMatchObject({ actorId: manager.id, workflowId: null });

    const card = (await call(stack, 'GET', `/counterparties/${client.id}`, { token: manager.token })).body;
    expect(card).toMatchObject({ status: 'client', tags: ['vip', 'cold chain'], industry: 'Logistics', size: 'medium' });
    expect(done.variables.profileResult).toMatchObject({ type: 'client', id: client.id });
    const clientHistory = (await call(stack, 'GET', `/counterparties/${client.id}/history`, { token: manager.token })).body.items as { field: string; action: string; actorId: number | null; workflowId: string | null; oldValue: unknown }[];
    const status = clientHistory.find((c) => c.field === 'status' && c.action === 'update');
    expect(status).toMatchObject({ oldValue: 'prospect', actorId: null, workflowId });
  });

  it('updates the instance’s own client when the process runs for a client', async () => {
    const client = await newCounterparty(stack, manager, { name: 'Own record', status: 'lead' });
    await deployFixture(stack, owner.token, 'client_update', linearProcess('client_update', [updateTask('qualify', '={status: "prospect", region: "Kyiv"}')]));
    const workflowId = await start('client_update', { type: 'client', id: client.id });
    const done = await ended(workflowId);
    expect(done.variables.qualifyResult).toMatchObject({ type: 'client', id: client.id });
    const card = (await call(stack, 'GET', `/counterparties/${client.id}`, { token: manager.token })).body;
    expect(card).toMatchObject({ status: 'prospect', region: 'Kyiv' });
  });

  it('refuses a field a process may not set (the stage) as an incident naming the field, and changes nothing', async () => {
    const { deal } = await newDeal('Stage by hand');
    await deployFixture(stack, owner.token, 'stage_update', linearProcess('stage_update', [updateTask('jump', '={stage: "Won", amount: 5}')]));
    const workflowId = await start('stage_update', { type: 'deal', id: deal.id });
    const incident = await incidentOf(workflowId);
    expect(incident.nodeId).toBe('jump');
    expect(incident.message).toContain(`Cannot update deal ${deal.id}`);
    expect(incident.message).toContain('fields.stage: not a field a process may set');
    expect((await call(stack, 'GET', `/deals/${deal.id}`, { token: manager.token })).body).toMatchObject({ amount: 100_000, version: deal.version });
    const listed = await call(stack, 'GET', '/incidents', { token: owner.token });
    expect(listed.body.items.find((i: { workflowId: string }) => i.workflowId === workflowId).message).toContain('fields.stage');
  });

  it('an invalid value is an incident naming the field; retried through the API after the cause is fixed, the step completes', async () => {
    const { deal } = await newDeal('Hand over');
    // The colleague the process hands the deal to has left for now (deactivated).
    const em = stack.orm.em.fork();
    await em.nativeUpdate(UserSchema, { id: colleague.id }, { active: false });
    await deployFixture(stack, owner.token, 'hand_over', linearProcess('hand_over', [updateTask('handOver', '={responsibleId: successor, lostReason: null}')]));
    const workflowId = await start('hand_over', { type: 'deal', id: deal.id }, { successor: colleague.id });
    const incident = await incidentOf(workflowId);
    expect(incident.message).toContain('fields.responsibleId');

    // Only process owners and admins retry incidents.
    const denied = await call(stack, 'POST', `/process-instances/${workflowId}/incidents/${incident.id}/retry`, { token: manager.token });
    expect(denied.status).toBe(403);

    await em.nativeUpdate(UserSchema, { id: colleague.id }, { active: true });
    const retry = await call(stack, 'POST', `/process-instances/${workflowId}/incidents/${incident.id}/retry`, { token: owner.token });
    expect(retry.status).toBe(202);
    await ended(workflowId);
    const fresh = await call(stack, 'GET', `/deals/${deal.id}`, { token: colleague.token });
    expect(fresh.status).toBe(200);
    expect(fresh.body.responsibleId).toBe(colleague.id);
    // The deal left the manager's reach with its new responsible.
    expect((await call(stack, 'GET', `/deals/${deal.id}`, { token: manager.token })).status).toBe(404);
  });
});

describe('the update-record connector called directly (as a retried activity)', () => {
  const env = new MockActivityEnvironment({ workflowExecution: { workflowId: 'update-record-direct', runId: 'r1' } });
  const run = (headers: Record<string, string>, input: Record<string, unknown>) =>
    env.run(createUpdateRecordConnector({ orm: stack.orm }), { headers, input, idempotencyKey: 'update-record-direct/step/k1/1' }) as Promise<Record<string, unknown>> as Promise<Record<string, { id: number; version: number }>>;

  it('writes nothing the second time: same version, no second history entry', async () => {
    const { deal } = await newDeal('Twice');
    const headers = { recordType: 'deal', recordId: String(deal.id) };
    const first = await run(headers, { fields: { amount: 310_000, expectedCloseDate: '2027-01-15', competitors: ['Beta'] } });
    const second = await run(headers, { fields: { amount: 310_000, expectedCloseDate: '2027-01-15', competitors: ['Beta'] } });
    expect(second).toEqual(first);
    expect(first.updatedRecord!.version).toBe(deal.version + 1);
    const rows = await stack.orm.em.fork().find(RecordChangeSchema, { recordType: 'deal', recordId: deal.id, action: 'update' });
    expect(rows.map((r) => r.field).sort()).toEqual(['amount', 'competitors', 'expectedCloseDate']);
    expect(rows.every((r) => r.workflowId === 'update-record-direct' && r.actorId === null)).toBe(true);
  });

  it('names the field path of each invalid value, an unknown record, a merged client and a record type a process cannot change', async () => {
    const { client, deal } = await newDeal('Bad input');
    const failure = async (headers: Record<string, string>, input: Record<string, unknown>) => {
      const err = (await run(headers, input).then(() => null, (e: unknown) => e)) as { message: string; nonRetryable: boolean; type: string } | null;
      expect(err, 'should fail').not.toBeNull();
      expect(err!.nonRetryable).toBe(true);
      return err!;
    };
    const deals = { recordType: 'deal', recordId: String(deal.id) };
    const invalid = await failure(deals, { fields: { amount: -5, currency: 'euro', expectedCloseDate: '31.12.2026' } });
    expect(invalid.type).toBe('record.invalid_field');
    for (const field of ['fields.amount', 'fields.currency', 'fields.expectedCloseDate']) expect(invalid.message).toContain(field);
    expect((await failure({ recordType: 'client', recordId: String(client.id) }, { fields: { tags: ['a,b'] } })).message).toContain('fields.tags.0');
    expect((await failure({ recordType: 'client', recordId: String(client.id) }, { fields: { responsibleId: 999_999_999 } })).message).toContain('fields.responsibleId');
    expect((await failure({ recordType: 'client', recordId: String(client.id) }, { fields: { name: 'Renamed', kind: 'person' } })).message).toMatch(/fields\.name.*fields\.kind/);
    expect((await failure({ recordType: 'deal', recordId: '999999999' }, { fields: { amount: 1 } })).message).toContain('recordId: there is no deal 999999999');
    expect((await failure({ recordType: 'claim', recordId: '1' }, { fields: { status: 'closed' } })).message).toContain('recordType');
    expect((await failure(deals, { fields: {} })).message).toContain('fields:');
    expect((await failure(deals, { fields: { responsibleId: null } })).message).toContain('fields.responsibleId');

    // A client merged into another is a tombstone: the process cannot change it.
    const survivor = await newCounterparty(stack, manager, { name: 'Survivor' });
    await stack.orm.em.fork().getConnection().execute('update counterparty set merged_into_id = ? where id = ?', [survivor.id, client.id]);
    expect((await failure({ recordType: 'client', recordId: String(client.id) }, { fields: { status: 'client' } })).message).toContain(`there is no client ${client.id}`);

    const untouched = (await call(stack, 'GET', `/deals/${deal.id}`, { token: manager.token })).body;
    expect(untouched).toMatchObject({ amount: 100_000, currency: 'UAH', version: deal.version });
  });
});
