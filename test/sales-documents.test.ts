import { MockActivityEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentConnector } from '../activities/document.connector.ts';
import { DocumentSequenceSchema } from '../domain/sales/index.ts';
import { linearProcess } from './support/bpmn.ts';
import { b64, docxText, makeDocx, pdfText } from './support/docx.ts';
import { call, userWithRoles } from './support/http.ts';
import { deployFixture, eventually } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let manager: { token: string; id: number };
let marketer: { token: string };
let agent: { token: string };
let owner: { token: string };

beforeAll(async () => {
  stack = await startStack({ worker: true });
  manager = await userWithRoles(stack, ['sales_manager']);
  marketer = await userWithRoles(stack, ['marketer']);
  agent = await userWithRoles(stack, ['agent']);
  owner = await userWithRoles(stack, ['process_owner']);
});
afterAll(async () => {
  await stack?.stop();
});

const upload = (docType: string, paragraphs: string[], token = manager.token) =>
  call(stack, 'POST', '/document-templates', { token, body: { docType, name: `${docType} template`, contentBase64: b64(makeDocx(paragraphs)) } });

const proposal = [
  'Commercial proposal {number} of {date}',
  'For {buyerName}, tax id {buyerTaxId}',
  '{#lines}{position}. {name}: {qty} {unit} x {unitPrice} less {discount} = {net} + VAT {tax}{/lines}',
  'Total {total} {currency} (VAT {taxTotal}), valid until {validUntil}',
];

const download = async (path: string, token = manager.token) => {
  const res = await fetch(`${stack.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
};

describe('document templates', () => {
  it('refuses unknown placeholders at upload, naming each', async () => {
    const answer = await upload('commercial_proposal', ['Hello {buyerName} {colour}', '{#lines}{name} {weight}{/lines}']);
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('template.unknown_placeholder');
    expect(answer.body.errors.map((e: { params: { placeholder: string } }) => e.params.placeholder)).toEqual(['colour', 'lines.weight']);
    expect(answer.body.detail).toContain('colour');
  });

  it('refuses a file that is not a DOCX and a template with broken tags', async () => {
    const notDocx = await call(stack, 'POST', '/document-templates', { token: manager.token, body: { docType: 'invoice', name: 'x', contentBase64: b64(Buffer.from('hello')) } });
    expect(notDocx.status).toBe(422);
    expect(notDocx.body.code).toBe('template.not_docx');
    const broken = await upload('invoice', ['{#lines}{name}']);
    expect(broken.status).toBe(422);
    expect(broken.body.code).toBe('template.syntax');
  });

  it('stores a valid template with its placeholders; marketers may not upload', async () => {
    const answer = await upload('commercial_proposal', proposal);
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body.placeholders).toEqual(expect.arrayContaining(['number', 'buyerName', 'lines', 'lines.unitPrice', 'validUntil']));
    expect((await upload('commercial_proposal', proposal, marketer.token)).status).toBe(403);
    const fields = await call(stack, 'GET', '/document-templates/fields', { token: marketer.token });
    expect(fields.body.invoice.fields).toContain('dueDate');
  });
});

describe('generated documents', () => {
  it('fills DOCX and PDF with the data, numbers them per type and year, and links them to the deal', async () => {
    const answer = await call(stack, 'POST', '/documents', {
      token: manager.token,
      body: {
        docType: 'commercial_proposal', record: { type: 'deal', id: '42' }, date: '2026-11-23', currency: 'UAH', pdf: true,
        data: { buyerName: 'ТОВ "Ромашка"', buyerTaxId: '12345678', validUntil: '2026-12-31' },
        lines: [{ name: 'Pump P-100', unit: 'pcs', qty: 2, unitPrice: 150_000, discountPercent: 10 }, { name: 'Installation', unit: 'svc', qty: 1, unitPrice: 50_000 }],
      },
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body).toMatchObject({ number: 'CP-2026-00001', record: { type: 'deal', id: '42' }, hasPdf: true });
    const docx = await download(answer.body.downloads.docx);
    expect(docx.type).toContain('wordprocessingml');
    const text = docxText(docx.body);
    expect(text).toContain('Commercial proposal CP-2026-00001 of 2026-11-23');
    expect(text).toContain('For ТОВ "Ромашка", tax id 12345678');
    expect(text).toContain('1. Pump P-100: 2 pcs x 1500.00 less 10% = 2700.00 + VAT 540.00');
    expect(text).toContain('2. Installation: 1 svc x 500.00 less 0% = 500.00 + VAT 100.00');
    expect(text).toContain('Total 3840.00 UAH (VAT 640.00), valid until 2026-12-31');

    const pdf = await download(answer.body.downloads.pdf, marketer.token);
    expect(pdf.type).toBe('application/pdf');
    const pdfWords = pdfText(pdf.body).replace(/\s+/g, ' ');
    expect(pdfWords).toContain('Commercial proposal CP-2026-00001');
    expect(pdfWords).toContain('Total 3840.00 UAH');

    const list = await call(stack, 'GET', '/documents?recordType=deal&recordId=42', { token: marketer.token });
    expect(list.body.items.map((d: { number: string }) => d.number)).toEqual(['CP-2026-00001']);
  });

  it('gives concurrent generations consecutive numbers without gaps or doubles', async () => {
    expect((await upload('contract', ['Contract {number} with {buyerName}, {validFrom} to {validTo}'])).status).toBe(201);
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        call(stack, 'POST', '/documents', { token: manager.token, body: { docType: 'contract', date: '2026-05-01', data: { buyerName: `Client ${i}`, validFrom: '2026-05-01', validTo: '2027-04-30' } } }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(201));
    expect(answers.map((a) => a.body.number).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `CTR-2026-${String(i + 1).padStart(5, '0')}`));
    const next = await call(stack, 'POST', '/documents', { token: manager.token, body: { docType: 'contract', date: '2027-01-10', data: { buyerName: 'New year' } } });
    expect(next.body.number).toBe('CTR-2027-00001');
  });

  it('returns the same document for a repeated Idempotency-Key, refuses unknown data fields, and enforces roles', async () => {
    const body = { docType: 'contract', date: '2026-05-02', data: { buyerName: 'Retry Ltd' } };
    const first = await call(stack, 'POST', '/documents', { token: manager.token, body, headers: { 'idempotency-key': 'contract-retry' } });
    const again = await call(stack, 'POST', '/documents', { token: manager.token, body, headers: { 'idempotency-key': 'contract-retry' } });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.number).toBe(first.body.number);

    const unknown = await call(stack, 'POST', '/documents', { token: manager.token, body: { docType: 'contract', data: { buyerNmae: 'typo' } } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe('body.data.buyerNmae');
    const noTemplate = await call(stack, 'POST', '/documents', { token: manager.token, body: { docType: 'act' } });
    expect(noTemplate.body.code).toBe('document.no_template');

    expect((await call(stack, 'POST', '/documents', { token: marketer.token, body })).status).toBe(403);
    expect((await call(stack, 'GET', '/documents', { token: agent.token })).status).toBe(403);
    expect((await download(first.body.downloads.docx, agent.token)).status).toBe(403);
  });
});

describe('invoice documents and PDF availability', () => {
  it('prints an issued invoice with its own number, lines and totals (DOCX and PDF)', async () => {
    const template = ['Invoice {number} due {dueDate}', 'Buyer: {buyerName} ({buyerTaxId})', '{#lines}{position} {name} {qty} x {unitPrice} VAT {taxRate} = {total}{/lines}', 'To pay: {total} {currency}'];
    expect((await upload('invoice', template)).status).toBe(201);
    const draft = await call(stack, 'POST', '/invoices', { token: manager.token, body: { currency: 'EUR', buyerName: 'Kovac s.r.o.', buyerTaxId: 'SK2020', dueDate: '2026-12-15', lines: [{ name: 'Licence', qty: 2, unitPrice: 12_345 }] } });
    const issued = await call(stack, 'POST', `/invoices/${draft.body.id}/issue`, { token: manager.token, headers: { 'if-match': draft.headers.get('etag')! } });
    const number = issued.body.number as string;
    expect(number).toMatch(/^INV-\d{4}-00001$/);
    const doc = await call(stack, 'POST', '/documents', { token: manager.token, body: { docType: 'invoice', invoiceId: draft.body.id, pdf: true } });
    expect(doc.status, JSON.stringify(doc.body)).toBe(201);
    expect(doc.body).toMatchObject({ number, invoiceId: draft.body.id, hasPdf: true });
    const text = docxText((await download(doc.body.downloads.docx)).body);
    expect(text).toContain(`Invoice ${number} due 2026-12-15`);
    expect(text).toContain('1 Licence 2 x 123.45 VAT 20% = 296.28');
    expect(text).toContain('To pay: 296.28 EUR');
    const pdfWords = pdfText((await download(doc.body.downloads.pdf)).body).replace(/\s+/g, ' ');
    expect(pdfWords).toContain(`Invoice ${number}`);
    expect(pdfWords).toContain('To pay: 296.28 EUR');
  });

  it('answers 503 naming LibreOffice when it is not installed, and still serves the DOCX', async () => {
    const doc = await call(stack, 'POST', '/documents', { token: manager.token, body: { docType: 'contract', date: '2026-06-01', data: { buyerName: 'No PDF' } } });
    const saved = process.env.SOFFICE;
    process.env.SOFFICE = '/nonexistent/soffice';
    try {
      const pdf = await call(stack, 'GET', `/documents/${doc.body.id}/file?format=pdf`, { token: manager.token });
      expect(pdf.status).toBe(503);
      expect(pdf.body).toMatchObject({ code: 'pdf.unavailable', detail: expect.stringContaining('LibreOffice') });
      expect((await download(doc.body.downloads.docx)).status).toBe(200);
    } finally {
      if (saved === undefined) delete process.env.SOFFICE;
      else process.env.SOFFICE = saved;
    }
  });
});

describe('the document connector', () => {
  const documentTask = `<bpmn:serviceTask id="makeProposal" name="Make the proposal"><bpmn:extensionElements><zeebe:taskDefinition type="document" /><zeebe:taskHeaders><zeebe:header key="templateType" value="commercial_proposal" /><zeebe:header key="outputVariable" value="proposal" /></zeebe:taskHeaders></bpmn:extensionElements></bpmn:serviceTask>`;

  it('generates a document for the instance’s deal when the process reaches the task', async () => {
    await deployFixture(stack, owner.token, 'proposal', linearProcess('proposal', [{ id: 'makeProposal', xml: documentTask }]));
    const started = await call(stack, 'POST', '/process-instances', {
      token: manager.token,
      body: { key: 'proposal', record: { type: 'deal', id: '77' }, variables: { buyerName: 'Deal 77 Buyer', validUntil: '2026-12-01', currency: 'UAH', lines: [{ name: 'Audit', qty: 1, unitPrice: 10_000 }] } },
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const done = await eventually(async () => {
      const i = await call(stack, 'GET', `/process-instances/${started.body.workflowId}`, { token: manager.token });
      return i.body.status === 'completed' ? i.body : null;
    }, 'the process to end');
    expect(done.variables.proposal).toMatchObject({ number: expect.stringMatching(/^CP-\d{4}-\d{5}$/), type: 'commercial_proposal' });
    const docs = await call(stack, 'GET', '/documents?recordType=deal&recordId=77', { token: manager.token });
    expect(docs.body.items).toHaveLength(1);
    const text = docxText((await download(docs.body.items[0].downloads.docx)).body);
    expect(text).toContain('For Deal 77 Buyer');
    expect(text).toContain('Total 120.00 UAH');
  });

  it('is idempotent: the same workflow activity gets the same document and no second number', async () => {
    const connector = createDocumentConnector({ orm: stack.orm });
    const env = new MockActivityEnvironment({ workflowExecution: { workflowId: 'no-such-instance', runId: 'r1' } });
    const call1 = async () => {
      const output: Record<string, unknown> = await env.run(connector, { headers: { templateType: 'contract' }, input: { buyerName: 'Idem' }, idempotencyKey: 'no-such-instance/task/t1/1' });
      return output as { document: { number: string } };
    };
    const first = await call1();
    const second = await call1();
    expect(second).toEqual(first);
    const year = new Date().getUTCFullYear();
    const seq = await stack.orm.em.fork().findOne(DocumentSequenceSchema, { docType: 'contract', year });
    expect(first.document.number).toBe(`CTR-${year}-${String(seq!.lastNumber).padStart(5, '0')}`);
  });
});
