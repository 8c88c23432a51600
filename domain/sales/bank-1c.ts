import { fileError, parseDate, type BankRow } from './bank-file.ts';
import { parseAmount } from './money.ts';

/**
 * The 1C "ClientBankExchange" text format: a `1CClientBankExchange` header, `key=value`
 * lines, and one `СекцияДокумент=…` … `КонецДокумента` block per payment order.
 */
export function parse1C(text: string): BankRow[] {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '1CClientBankExchange') throw fileError(1, 'the file must start with "1CClientBankExchange"');
  const rows: BankRow[] = [];
  let doc: { start: number; fields: Map<string, { value: string; line: number }> } | null = null;
  for (const [i, raw] of lines.entries()) {
    const lineNo = i + 1;
    const line = raw.trim();
    if (!line || i === 0) continue;
    const eq = line.indexOf('=');
    const key = eq < 0 ? line : line.slice(0, eq);
    const value = eq < 0 ? '' : line.slice(eq + 1).trim();
    if (key === 'СекцияДокумент') {
      if (doc) throw fileError(lineNo, `a new document starts before "КонецДокумента" of the one on line ${doc.start}`);
      doc = { start: lineNo, fields: new Map() };
    } else if (key === 'КонецДокумента') {
      if (!doc) throw fileError(lineNo, '"КонецДокумента" without "СекцияДокумент"');
      rows.push(toRow(doc.start, doc.fields));
      doc = null;
    } else if (key === 'КонецФайла') {
      break;
    } else if (doc) {
      if (eq < 0) throw fileError(lineNo, `expected "key=value", found "${line.slice(0, 60)}"`);
      doc.fields.set(key, { value, line: lineNo });
    }
  }
  if (doc) throw fileError(doc.start, 'the document has no "КонецДокумента"');
  return rows;
}

function toRow(start: number, f: Map<string, { value: string; line: number }>): BankRow {
  const get = (k: string) => f.get(k)?.value || null;
  const amountField = f.get('Сумма');
  if (!amountField) throw fileError(start, 'the document has no "Сумма"');
  const amount = parseAmount(amountField.value);
  if (amount === null || amount <= 0) throw fileError(amountField.line, `"Сумма" is not a positive amount: "${amountField.value}"`);
  const dateField = f.get('Дата') ?? f.get('ДатаПоступило');
  if (!dateField) throw fileError(start, 'the document has no "Дата"');
  const date = parseDate(dateField.value);
  if (!date) throw fileError(dateField.line, `"Дата" is not a date (DD.MM.YYYY): "${dateField.value}"`);
  return {
    line: start,
    number: get('Номер'),
    date,
    amount,
    currency: null,
    payerName: get('Плательщик') ?? get('Плательщик1'),
    payerTaxId: get('ПлательщикИНН'),
    payerAccount: get('ПлательщикСчет') ?? get('ПлательщикРасчСчет'),
    payeeAccount: get('ПолучательСчет') ?? get('ПолучательРасчСчет'),
    purpose: get('НазначениеПлатежа'),
  };
}
