import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessInstanceSchema, TaskSchema } from '../domain/processes/index.ts';
import { newCounterparty, names, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let admin: Person, manager: Person;

beforeAll(async () => {
  stack = await startStack();
  [admin, manager] = await Promise.all([userWithRoles(stack, ['admin']), userWithRoles(stack, ['sales_manager'])]);
});
afterAll(() => stack?.stop());

describe('counterparty card', () => {
  it('creates a company with normalised requisites, the creator responsible, and a completeness score', async () => {
    const c = await newCounterparty(stack, manager, {
      name: 'ПриватБанк',
      taxId: '1436 0570',
      phones: [{ number: '067-123-45-67', label: 'office' }],
      emails: [{ address: 'Info@Privat.Test' }],
      messengers: [{ kind: 'telegram', handle: '@privat' }],
      website: 'https://privat.test',
      addresses: [{ kind: 'legal', text: 'Kyiv, Hrushevskoho 1', country: 'UA' }],
      relationships: ['client', 'supplier'],
      status: 'client',
    });
    expect(c).toMatchObject({
      taxId: '14360570', taxIdKind: 'edrpou', responsibleId: manager.id, lockVersion: 1,
      phones: [{ number: '+380671234567', label: 'office' }], emails: [{ address: 'info@privat.test' }],
    });
    expect(c.completeness).toMatchObject({ missingRequired: [], missingDesirable: expect.arrayContaining(['industry', 'region', 'size', 'source']) });
    expect((c.completeness as { score: number }).score).toBeGreaterThan(50);
    const person = await newCounterparty(stack, manager, { kind: 'person', name: 'Ivan Petrenko', taxId: '3184710691' });
    expect(person).toMatchObject({ taxIdKind: 'ipn', completeness: { missingRequired: ['phones', 'emails'] } });
  });

  it('answers a retried create with the same Idempotency-Key with the first record, never a second', async () => {
    const headers = { 'idempotency-key': 'create-once-1' };
    const body = { kind: 'company', name: 'Once Only LLC' };
    const answers = await Promise.all([0, 1, 2].map(() => call(stack, 'POST', '/counterparties', { token: manager.token, headers, body })));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(names(await call(stack, 'GET', '/counterparties?q=once only', { token: manager.token }))).toEqual(['Once Only LLC']);
  });

  it('refuses an edit without If-Match (428) and on an old version (412 with the current record); history records who changed what', async () => {
    const c = await newCounterparty(stack, manager, { name: 'Locked Ltd', region: 'Lviv' });
    const path = `/counterparties/${c.id}`;
    expect((await call(stack, 'PATCH', path, { token: manager.token, body: { region: 'Kyiv' } })).status).toBe(428);
    const first = await call(stack, 'PATCH', path, { token: manager.token, headers: { 'if-match': 'W/"1"' }, body: { region: 'Kyiv', tags: ['hot'] } });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('W/"2"');
    const stale = await call(stack, 'PATCH', path, { token: manager.token, headers: { 'if-match': 'W/"1"' }, body: { region: 'Odesa' } });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ code: 'conflict.stale_version', currentVersion: 2, current: { region: 'Kyiv', lockVersion: 2 } });

    const history = await call(stack, 'GET', `${path}/history`, { token: manager.token });
    const updates = history.body.items.filter((h: { action: string }) => h.action === 'update');
    expect(updates.map((u: { field: string }) => u.field).sort()).toEqual(['region', 'tags']);
    expect(updates.find((u: { field: string }) => u.field === 'region')).toMatchObject({ oldValue: 'Lviv', newValue: 'Kyiv', actorId: manager.id });
  });

  it('pages with a cursor in a stable order, filters and searches by name, tax id, phone and e-mail', async () => {
    const seller = await userWithRoles(stack, ['sales_manager']);
    for (const [i, name] of ['Delta', 'alpha', 'Charlie', 'Bravo', 'Echo'].entries()) {
      await newCounterparty(stack, seller, { name, industry: i % 2 ? 'retail' : 'it', tags: i < 2 ? ['key'] : [], phones: [{ number: `+38050000000${i}` }], emails: [{ address: `${name.toLowerCase()}@mail.test` }] });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof call>> = await call(stack, 'GET', `/counterparties?limit=2&sort=-createdAt${cursor ? `&cursor=${cursor}` : ''}`, { token: seller.token });
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((i: { name: string }) => i.name));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Echo', 'Bravo', 'Charlie', 'alpha', 'Delta']);
    const q = (query: string) => call(stack, 'GET', `/counterparties?${query}`, { token: seller.token });
    expect(names(await q('industry=retail'))).toEqual(['Bravo', 'alpha']);
    expect(names(await q('tags=key'))).toEqual(['Delta', 'alpha']);
    expect(names(await q('q=harl'))).toEqual(['Charlie']);
    expect(names(await q('q=050 000 0003'))).toEqual(['Bravo']);
    expect(names(await q('q=echo@mail'))).toEqual(['Echo']);
    expect(names(await q('q=%25'))).toEqual([]);
    expect((await q('cursor=garbage')).status).toBe(400);
  });

  it('bulk: adds a tag and changes status across a selection in one go, each change in history', async () => {
    const a = await newCounterparty(stack, manager, { name: 'Bulk A' });
    const b = await newCounterparty(stack, manager, { name: 'Bulk B', tags: ['x'] });
    for (const action of [{ type: 'addTag', tag: 'campaign-2026' }, { type: 'setStatus', status: 'prospect' }]) {
      const r = await call(stack, 'POST', '/counterparties/bulk', { token: manager.token, body: { ids: [a.id, b.id], action } });
      expect(r.body).toEqual({ updated: 2 });
    }
    const rows = await call(stack, 'GET', '/counterparties?tags=campaign-2026&status=prospect', { token: manager.token });
    expect(rows.body.items.map((i: { name: string; tags: string[] }) => [i.name, i.tags])).toEqual([['Bulk A', ['campaign-2026']], ['Bulk B', ['x', 'campaign-2026']]]);
  });
});

describe('contacts, relations, dossier', () => {
  it('keeps contact persons with history, relations visible from both ends, and a dossier with linked processes and tasks', async () => {
    const parent = await newCounterparty(stack, manager, { name: 'Holding Group' });
    const child = await newCounterparty(stack, manager, { name: 'Holding Retail', parentId: parent.id, division: true });
    const contact = await call(stack, 'POST', `/counterparties/${child.id}/contacts`, {
      token: manager.token,
      body: { fullName: 'Olena Kovalenko', position: 'CFO', decisionRole: 'decision_maker', phones: [{ number: '044 123 4567' }], birthday: '1985-04-12', preferredChannel: 'email' },
    });
    expect(contact.status).toBe(201);
    expect(contact.body).toMatchObject({ phones: [{ number: '+380441234567' }], decisionRole: 'decision_maker', lockVersion: 1 });
    const edit = await call(stack, 'PATCH', `/contacts/${contact.body.id}`, { token: manager.token, headers: { 'if-match': 'W/"1"' }, body: { position: 'CEO' } });
    expect(edit.body.position).toBe('CEO');
    const contactHistory = await call(stack, 'GET', `/contacts/${contact.body.id}/history`, { token: manager.token });
    expect(contactHistory.body.items[0]).toMatchObject({ field: 'position', oldValue: 'CFO', newValue: 'CEO' });

    const rel = await call(stack, 'POST', '/relations', { token: manager.token, body: { from: { type: 'counterparty', id: parent.id }, to: { type: 'counterparty', id: child.id }, kind: 'parent_company' } });
    expect(rel.status).toBe(201);
    expect((await call(stack, 'POST', '/relations', { token: manager.token, body: { from: { type: 'counterparty', id: parent.id }, to: { type: 'counterparty', id: child.id }, kind: 'parent_company' } })).status).toBe(409);
    const fromChild = await call(stack, 'GET', `/counterparties/${child.id}/relations`, { token: manager.token });
    expect(fromChild.body.items).toEqual([expect.objectContaining({ kind: 'parent_company', direction: 'incoming', other: { type: 'counterparty', id: parent.id, name: 'Holding Group' } })]);
    await call(stack, 'POST', '/relations', { token: manager.token, body: { from: { type: 'contact', id: contact.body.id }, to: { type: 'counterparty', id: parent.id }, kind: 'influences' } });
    const fromPerson = await call(stack, 'GET', `/contacts/${contact.body.id}/relations`, { token: manager.token });
    expect(fromPerson.body.items[0]).toMatchObject({ kind: 'influences', direction: 'outgoing' });

    const em = stack.orm.em.fork();
    em.create(ProcessInstanceSchema, { workflowId: `wf-${child.id}`, definitionKey: 'sale', versionNumber: 1, recordType: 'counterparty', recordId: String(child.id), status: 'active', currentNodes: ['call'], stage: 'Call', variables: {}, startedBy: manager.id, startedAt: new Date(), endedAt: null, parentWorkflowId: null });
    em.create(TaskSchema, { id: `wf-${child.id}/t1`, workflowId: `wf-${child.id}`, definitionKey: 'sale', versionNumber: 1, nodeId: 'call', name: 'Call the client', assigneeId: manager.id, candidateUsers: [], candidateGroups: [], input: {}, recordType: 'counterparty', recordId: String(child.id), createdAt: new Date() });
    await em.flush();

    const dossier = await call(stack, 'GET', `/counterparties/${child.id}/dossier`, { token: manager.token });
    expect(dossier.status).toBe(200);
    expect(dossier.body.counterparty).toMatchObject({ name: 'Holding Retail', parentId: parent.id, division: true });
    expect(dossier.body.contacts.map((c: { fullName: string }) => c.fullName)).toEqual(['Olena Kovalenko']);
    expect(dossier.body.relations).toHaveLength(1);
    const sources = new Set(dossier.body.timeline.map((e: { source: string }) => e.source));
    expect([...sources].sort()).toEqual(['change', 'process', 'task']);
    expect(dossier.body.timeline.find((e: { source: string }) => e.source === 'task')).toMatchObject({ title: 'Call the client (open)'.replace(/^/, 'Task ') });
    // One save is one entry: creating the client, adding its contact, editing that contact (newest first).
    const changes = dossier.body.timeline.filter((e: { source: string }) => e.source === 'change');
    expect(changes.map((e: { title: string }) => e.title)).toEqual(['Contact Olena Kovalenko changed: position', 'Contact Olena Kovalenko created', 'Client created']);
    expect(changes[0].data).toMatchObject({ recordType: 'contact', action: 'update', name: 'Olena Kovalenko', fields: [{ field: 'position', oldValue: 'CFO', newValue: 'CEO' }] });
    const created = changes[2].data.fields.map((f: { field: string }) => f.field);
    expect(created).toEqual(expect.arrayContaining(['name', 'parentId', 'division']));
    // A new client's empty fields are not news.
    expect(created).not.toContain('legalName');
  });
});

describe('completeness settings', () => {
  it('admins change required fields (If-Match); cards and the report follow; others may not', async () => {
    const read = await call(stack, 'GET', '/settings/completeness', { token: manager.token });
    const settings = { ...read.body, counterparty: { required: ['name', 'industry'], desirable: ['region'] } };
    expect((await call(stack, 'PUT', '/settings/completeness', { token: manager.token, headers: { 'if-match': read.headers.get('etag')! }, body: settings })).status).toBe(403);
    expect((await call(stack, 'PUT', '/settings/completeness', { token: admin.token, body: settings })).status).toBe(428);
    const bad = await call(stack, 'PUT', '/settings/completeness', { token: admin.token, headers: { 'if-match': read.headers.get('etag')! }, body: { ...settings, counterparty: { required: ['password_hash'], desirable: [] } } });
    expect(bad.status).toBe(422);
    const put = await call(stack, 'PUT', '/settings/completeness', { token: admin.token, headers: { 'if-match': read.headers.get('etag')! }, body: settings });
    expect(put.status).toBe(200);

    const c = await newCounterparty(stack, manager, { name: 'Half Done', region: 'Dnipro' });
    expect(c.completeness).toEqual({ score: 60, missingRequired: ['industry'], missingDesirable: [] });
    const report = await call(stack, 'GET', '/reports/client-completeness', { token: manager.token });
    expect(report.body.fields[0]).toMatchObject({ field: 'industry', level: 'required' });
    expect(report.body.byResponsible[0]).toMatchObject({ responsibleId: manager.id });
    expect(report.body.fields[0].missing).toBe(report.body.byResponsible[0].incomplete);
  });
});
