import { parse } from 'csv-parse/sync';
import { fileError, parseDate, type BankRow } from './bank-file.ts';
import { parseAmount } from './money.ts';

/** Which CSV header holds each payment field; unset optional ones are left empty. */
export interface CsvColumns {
  date: string;
  amount: string;
  number?: string;
  currency?: string;
  payerName?: string;
  payerTaxId?: string;
  payerAccount?: string;
  payeeAccount?: string;
  purpose?: string;
}

export const defaultCsvColumns: CsvColumns = {
  date: 'date',
  amount: 'amount',
  number: 'number',
  currency: 'currency',
  payerName: 'payerName',
  payerTaxId: 'payerTaxId',
  payerAccount: 'payerAccount',
  purpose: 'purpose',
};

/** A CSV statement with a header row; `,` or `;` separated (guessed from the header). */
export function parseCsv(text: string, columns: CsvColumns = defaultCsvColumns, delimiter?: string): BankRow[] {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const sep = delimiter ?? (header.split(';').length > header.split(',').length ? ';' : ',');
  let records: { info: { lines: number }; record: Record<string, string> }[];
  try {
    records = parse(text, { columns: true, delimiter: sep, skip_empty_lines: true, trim: true, info: true, bom: true });
  } catch (err) {
    const e = err as { lines?: number; message: string };
    throw fileError(e.lines ?? 1, e.message.replace(/^Invalid Record Length: /, ''));
  }
  const headers = new Set(Object.keys(records[0]?.record ?? Object.fromEntries(header.split(sep).map((h) => [h.trim(), '']))));
  for (const [field, name] of Object.entries(columns)) {
    if (name && !headers.has(name) && (field === 'date' || field === 'amount' || columns !== defaultCsvColumns)) {
      throw fileError(1, `no column "${name}" (for ${field}) in the header`, `columns.${field}`);
    }
  }
  return records.map(({ info, record }) => {
    const cell = (k?: string) => (k && record[k] ? record[k] : null);
    const amount = parseAmount(record[columns.amount] ?? '');
    if (amount === null || amount <= 0) throw fileError(info.lines, `"${columns.amount}" is not a positive amount: "${record[columns.amount] ?? ''}"`);
    const date = parseDate(record[columns.date] ?? '');
    if (!date) throw fileError(info.lines, `"${columns.date}" is not a date (YYYY-MM-DD or DD.MM.YYYY): "${record[columns.date] ?? ''}"`);
    return {
      line: info.lines,
      number: cell(columns.number),
      date,
      amount,
      currency: cell(columns.currency)?.toUpperCase() ?? null,
      payerName: cell(columns.payerName),
      payerTaxId: cell(columns.payerTaxId),
      payerAccount: cell(columns.payerAccount),
      payeeAccount: cell(columns.payeeAccount),
      purpose: cell(columns.purpose),
    };
  });
}
