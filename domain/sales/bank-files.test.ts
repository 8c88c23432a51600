import { describe, expect, it } from 'vitest';
import { parse1C } from './bank-1c.ts';
import { parseCsv } from './bank-csv.ts';
import { decodeBankFile } from './bank-file.ts';
import { bestMatch, scoreMatch } from './matching.ts';

const onec = (docs: string[]) => ['1CClientBankExchange', 'ВерсияФормата=1.03', 'Кодировка=Windows', ...docs, 'КонецФайла'].join('\r\n');
const doc = (fields: Record<string, string>) => ['СекцияДокумент=Платежное поручение', ...Object.entries(fields).map(([k, v]) => `${k}=${v}`), 'КонецДокумента'].join('\r\n');

describe('bank files', () => {
  it('reads 1C payment orders', () => {
    const rows = parse1C(onec([doc({ Номер: '15', Дата: '05.11.2026', Сумма: '1200.50', ПлательщикИНН: '12345678', Плательщик: 'ТОВ Ромашка', НазначениеПлатежа: 'Оплата за рахунком INV-2026-00001' })]));
    expect(rows).toEqual([expect.objectContaining({ line: 4, number: '15', date: '2026-11-05', amount: 120050, payerTaxId: '12345678', payerName: 'ТОВ Ромашка' })]);
  });

  it('names the line of a problem in a 1C file', () => {
    expect(() => parse1C('Hello')).toThrow(/Line 1/);
    expect(() => parse1C(onec([doc({ Номер: '1', Дата: '05.11.2026', Сумма: 'abc' })]))).toThrow(/Line 7: "Сумма"/);
    expect(() => parse1C(onec(['СекцияДокумент=Платежное поручение', 'Сумма=1']))).toThrow(/Line 4: the document has no "КонецДокумента"/);
  });

  it('detects windows-1251 and UTF-8', () => {
    const text = 'Оплата';
    expect(decodeBankFile(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    const cp1251 = Buffer.from([0xce, 0xef, 0xeb, 0xe0, 0xf2, 0xe0]);
    expect(decodeBankFile(cp1251)).toEqual({ text, encoding: 'windows-1251' });
  });

  it('reads CSV with mapped columns and names a bad line', () => {
    const csv = 'Date;Sum;Purpose\n2026-11-05;100,00;INV-1\n06.11.2026;12.5;x\n';
    expect(parseCsv(csv, { date: 'Date', amount: 'Sum', purpose: 'Purpose' })).toEqual([
      expect.objectContaining({ line: 2, date: '2026-11-05', amount: 10000, purpose: 'INV-1' }),
      expect.objectContaining({ line: 3, date: '2026-11-06', amount: 1250 }),
    ]);
    expect(() => parseCsv('date,amount\n2026-11-05,1\n2026-13-01,2\n')).toThrow(/Line 3/);
    expect(() => parseCsv('date,amount\n2026-11-05,1,5\n')).toThrow(/Line 2/);
  });
});

describe('matching payments to invoices', () => {
  const invoices = [
    { id: 1, number: 'INV-2026-00001', currency: 'UAH', total: 10_000, paidTotal: 0, buyerTaxId: '111' },
    { id: 2, number: 'INV-2026-00002', currency: 'UAH', total: 10_000, paidTotal: 0, buyerTaxId: '222' },
  ];
  it('scores the number in the purpose, the amount owed and the payer', () => {
    expect(scoreMatch({ amount: 10_000, currency: 'UAH', purpose: 'за рахунок inv 2026 00001', payerTaxId: '111' }, invoices[0]!)).toEqual({ invoiceId: 1, score: 100, reasons: ['number', 'amount', 'payer'] });
    expect(bestMatch({ amount: 5000, currency: 'UAH', purpose: 'INV-2026-00002 part', payerTaxId: null }, invoices)).toMatchObject({ invoiceId: 2, score: 60 });
    expect(bestMatch({ amount: 10_000, currency: 'UAH', purpose: 'thanks', payerTaxId: '222' }, invoices)).toMatchObject({ invoiceId: 2, score: 40 });
  });
  it('leaves weak or ambiguous payments unmatched', () => {
    expect(bestMatch({ amount: 10_000, currency: 'UAH', purpose: 'thanks', payerTaxId: null }, invoices)).toBeNull();
    expect(bestMatch({ amount: 10_000, currency: 'EUR', purpose: 'INV-2026-00001', payerTaxId: '111' }, invoices)).toBeNull();
  });
});
