import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidEdrpou } from '../domain/clients/index.ts';
import { newCounterparty, type Person } from './support/clients.ts';
import { call, userWithRoles, type Answer } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let admin: Person, anna: Person, boris: Person, marketer: Person;
let acmeId: number, steelId: number;

/** An EDRPOU with a correct check digit, from seven digits. */
function edrpou(seven: string): string {
  for (let d = 0; d <= 9; d++) if (isValidEdrpou(seven + d)) return seven + d;
  throw new Error('no check digit');
}

const upload = (who: Person, content: Buffer | string, type = 'text/csv', fileName = 'clients.csv') =>
  fetch(`${stack.url}/api/v1/counterparties/imports?fileName=${encodeURIComponent(fileName)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${who.token}`, 'content-type': type },
    body: typeof content === 'string' ? content : new Uint8Array(content),
  }).then(async (r): Promise<Answer> => ({ status: r.status, type: r.headers.get('content-type') ?? '', headers: r.headers, body: await r.json() }));

const mapping = {
  columns: { Company: 'name', EDRPOU: 'taxId', Phone: 'phones', 'E-mail': 'emails', Tags: 'tags', Manager: 'responsible', Status: 'status', Industry: 'industry', Region: 'region' },
};
const run = (who: Person, id: number, body: Record<string, unknown>) => call(stack, 'POST', `/counterparties/imports/${id}/run`, { token: who.token, body: { mapping, ...body } });

async function counts() {
  const [row] = await stack.orm.em.fork().getConnection().execute<{ c: string; r: string }[]>('select (select count(*) from counterparty) as c, (select count(*) from client_import_row) as r');
  return { counterparties: Number(row!.c), importRows: Number(row!.r) };
}

const novaTax = edrpou('3014567');
const badTax = edrpou('3014568').slice(0, 7) + String((Number(edrpou('3014568').slice(7)) + 1) % 10);
let csv: string;

beforeAll(async () => {
  stack = await startStack();
  [admin, anna, boris, marketer] = await Promise.all([
    userWithRoles(stack, ['admin']),
    userWithRoles(stack, ['sales_manager']),
    userWithRoles(stack, ['sales_manager']),
    userWithRoles(stack, ['marketer']),
  ]);
  acmeId = (await newCounterparty(stack, anna, { name: 'Acme Trading LLC', phones: [{ number: '+380501112233' }] })).id;
  steelId = (await newCounterparty(stack, boris, { name: 'Borys Steel', emails: [{ address: 'sales@borys-steel.test' }] })).id;
  csv = [
    'Company;EDRPOU;Phone;E-mail;Tags;Manager;Status;Industry;Region',
    `Nova Foods;${novaTax};+380 44 123 45 67;Info@Nova.test;vip, food;;client;Food;Kyiv`,
    `Bad Tax;${badTax};;;;;;;`,
    'Bad Phone;;12;;;;;;',
    'Bad Mail;;;not-an-email;;;;;',
    'Ghost Owner;;;;;nobody@example.test;;;',
    'ACME Trading;;050 111 22 33;;;;prospect;;',
    `Nova Foods Ltd;${novaTax};;;;;;;`,
    'Borys Steel;;;sales@borys-steel.test;;;;Steel;Lviv',
    `Mine Explicitly;;;;;${anna.email};;;`,
    `For Boris;;;;;${boris.email};;;`,
    'Wrong Status;;;;;;vip;;',
  ].join('\n');
});
afterAll(() => stack?.stop());

describe('client import', () => {
  let importId: number;

  it('upload answers columns, a sample and a suggested mapping; the same file again is the same import', async () => {
    const first = await upload(anna, csv);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ format: 'csv', rows: 11, status: 'uploaded', columns: ['Company', 'EDRPOU', 'Phone', 'E-mail', 'Tags', 'Manager', 'Status', 'Industry', 'Region'] });
    expect(first.body.sample[0]).toMatchObject({ Company: 'Nova Foods', EDRPOU: novaTax, Tags: 'vip, food' });
    expect(first.body.suggestedMapping).toMatchObject({ Company: 'name', EDRPOU: 'taxId', Phone: 'phones', 'E-mail': 'emails', Manager: 'responsible' });
    importId = first.body.id;
    const again = await upload(anna, csv);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(importId);
    const byBoris = await upload(boris, csv);
    expect(byBoris.status).toBe(409);
    expect(byBoris.type).toContain('application/problem+json');
  });

  it('dry run reports each row: the record, errors by field path, duplicates in the base and in the file; nothing is written', async () => {
    const before = await counts();
    const dry = await run(anna, importId, { dryRun: true });
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    const row = (n: number) => dry.body.rows.find((r: { row: number }) => r.row === n);
    expect(row(2)).toMatchObject({ status: 'new', errors: [], record: { name: 'Nova Foods', taxId: novaTax, taxIdKind: 'edrpou', phones: [{ number: '+380441234567' }], emails: [{ address: 'info@nova.test' }], tags: ['vip', 'food'], status: 'client', industry: 'Food', region: 'Kyiv', responsibleId: anna.id } });
    expect(row(3)).toMatchObject({ status: 'invalid', errors: [{ field: 'taxId', column: 'EDRPOU', code: 'invalid_tax_id' }] });
    expect(row(4)).toMatchObject({ status: 'invalid', errors: [{ field: 'phones.0.number', column: 'Phone', code: 'invalid_phone' }] });
    expect(row(5)).toMatchObject({ status: 'invalid', errors: [{ field: 'emails.0.address', column: 'E-mail', code: 'invalid_email' }] });
    // The screen says what is wrong in the user's language from the code and the values named.
    expect(row(6)).toMatchObject({ status: 'invalid', errors: [{ field: 'responsible', column: 'Manager', code: 'unknown_responsible', params: { login: 'nobody@example.test' } }] });
    expect(row(7).status).toBe('duplicate');
    expect(row(7).duplicates.base[0]).toMatchObject({ id: acmeId, reasons: expect.arrayContaining([{ kind: 'phone', value: '+380501112233' }]) });
    expect(row(8)).toMatchObject({ status: 'duplicate', duplicates: { file: [2] } });
    // Boris's client is outside anna's scope: the duplicate search does not reveal it to her.
    expect(row(9)).toMatchObject({ status: 'new', duplicates: { base: [], file: [] } });
    expect(row(10)).toMatchObject({ status: 'new', record: { responsibleId: anna.id } });
    expect(row(11)).toMatchObject({ status: 'invalid', errors: [{ field: 'responsible', code: 'responsible_out_of_reach' }] });
    expect(row(12)).toMatchObject({ status: 'invalid', errors: [{ field: 'status', column: 'Status', code: 'invalid_option', params: { options: 'lead, prospect, client, former' } }] });
    expect(dry.body.totals).toEqual({ rows: 11, new: 3, created: 0, importedBefore: 0, invalid: 6, duplicate: 2 });
    expect(await counts()).toEqual(before);
    expect((await call(stack, 'GET', `/counterparties/imports/${importId}`, { token: anna.token })).body.status).toBe('uploaded');
  });

  it('import writes the valid rows with the importer responsible; running it again writes nothing new', async () => {
    const before = await counts();
    const real = await run(anna, importId, { dryRun: false });
    expect(real.status, JSON.stringify(real.body)).toBe(200);
    expect(real.body.totals).toMatchObject({ created: 3, invalid: 6, duplicate: 2, importedBefore: 0 });
    expect(await counts()).toEqual({ counterparties: before.counterparties + 3, importRows: before.importRows + 3 });
    const nova = real.body.rows.find((r: { row: number }) => r.row === 2);
    const card = await call(stack, 'GET', `/counterparties/${nova.counterpartyId}`, { token: anna.token });
    expect(card.body).toMatchObject({ name: 'Nova Foods', taxId: novaTax, responsibleId: anna.id, tags: ['vip', 'food'], status: 'client' });

    const again = await run(anna, importId, { dryRun: false });
    expect(again.body.totals).toMatchObject({ created: 0, importedBefore: 3 });
    const reupload = await upload(anna, csv);
    expect(reupload.body).toMatchObject({ id: importId, status: 'done', result: { created: 0, importedBefore: 3 } });
    await run(anna, reupload.body.id, { dryRun: false, onDuplicate: 'import' });
    const total = await counts();
    // Rows 7 and 8 (doubles in the base and in the file) are now let through on purpose, and only they.
    expect(total).toEqual({ counterparties: before.counterparties + 5, importRows: before.importRows + 5 });
    expect((await run(anna, importId, { dryRun: false, onDuplicate: 'import' })).body.totals).toMatchObject({ created: 0, importedBefore: 5 });
    expect(await counts()).toEqual(total);
  });

  it('XLSX with a mapped manager: the admin sees duplicates across the whole base and assigns to the manager', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Clients');
    sheet.addRow(['Company', 'E-mail', 'Manager', 'Region']);
    sheet.addRow(['Borys Steel Works', 'sales@borys-steel.test', boris.email, 'Lviv']);
    sheet.addRow(['Zeta Logistics', 'hello@zeta.test', boris.email.toUpperCase(), 'Odesa']);
    const up = await upload(admin, Buffer.from(await book.xlsx.writeBuffer()), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'clients.xlsx');
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(up.body).toMatchObject({ format: 'xlsx', rows: 2 });
    const xlsxMapping = { columns: { Company: 'name', 'E-mail': 'emails', Manager: 'responsible', Region: 'region' } };
    const dry = await call(stack, 'POST', `/counterparties/imports/${up.body.id}/run`, { token: admin.token, body: { mapping: xlsxMapping } });
    // Anna's imported copy and Boris's own record: the admin's search covers both owners.
    expect(dry.body.rows[0].status).toBe('duplicate');
    expect(dry.body.rows[0].duplicates.base.map((c: { id: number }) => c.id)).toContain(steelId);
    const real = await call(stack, 'POST', `/counterparties/imports/${up.body.id}/run`, { token: admin.token, body: { mapping: xlsxMapping, dryRun: false } });
    expect(real.body.totals).toMatchObject({ created: 1, duplicate: 1 });
    const zeta = await call(stack, 'GET', `/counterparties/${real.body.rows[1].counterpartyId}`, { token: boris.token });
    expect(zeta.body).toMatchObject({ name: 'Zeta Logistics', responsibleId: boris.id, region: 'Odesa' });
  });

  it('refuses users without the right, foreign imports, bad mappings, wrong types and oversized files as problem+json', async () => {
    const before = await counts();
    const denied = await upload(marketer, 'Company\nX Corp');
    expect(denied.status).toBe(403);
    expect(denied.type).toContain('application/problem+json');
    const foreign = await run(boris, importId, { dryRun: true });
    expect(foreign.status).toBe(404);
    const badColumn = await call(stack, 'POST', `/counterparties/imports/${importId}/run`, { token: anna.token, body: { mapping: { columns: { Company: 'name', Fax: 'phones' } } } });
    expect(badColumn.status).toBe(422);
    expect(badColumn.body.errors[0].field).toBe('body.mapping.columns.Fax');
    const noName = await call(stack, 'POST', `/counterparties/imports/${importId}/run`, { token: anna.token, body: { mapping: { columns: { Phone: 'phones' } } } });
    expect(noName.status).toBe(422);
    expect(noName.body.errors[0].field).toBe('body.mapping.columns');
    const pdf = await upload(anna, '%PDF-1.4 not a table', 'application/pdf');
    expect(pdf.status).toBe(415);
    expect(pdf.type).toContain('application/problem+json');
    const fakeXlsx = await upload(anna, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(fakeXlsx.status).toBe(422);
    expect(fakeXlsx.body.errors[0].field).toBe('body.file');
    const binary = await upload(anna, Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x00]));
    expect(binary.status).toBe(422);
    const huge = await upload(anna, 'Company\n' + 'x'.repeat(21 * 1024 * 1024));
    expect(huge.status).toBe(413);
    expect(huge.type).toContain('application/problem+json');
    expect(await counts()).toEqual(before);
  });
});
