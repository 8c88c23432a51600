import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DomainError } from '../../errors.ts';

export type TableFormat = 'csv' | 'xlsx';

export interface Table {
  format: TableFormat;
  /** Header cells, trimmed; blank headers become `column N`. */
  columns: string[];
  /** Data rows as text, one cell per column (missing cells are ''). */
  rows: string[][];
}

/** Files bigger than this are refused before parsing; the HTTP layer refuses bigger bodies first. */
export const maxFileBytes = 20 * 1024 * 1024;
export const maxRows = 50_000;

const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const tableMimeTypes = ['text/csv', 'application/csv', 'text/plain', xlsxMime, 'application/octet-stream'];

/** XLSX is a ZIP archive: the content decides, so a mislabelled file still reads right. */
export function formatOf(content: Buffer): TableFormat {
  return content.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) ? 'xlsx' : 'csv';
}

/** Reads the first sheet of an XLSX workbook or a CSV (comma or semicolon, UTF-8 with or without BOM). */
export async function readTable(content: Buffer): Promise<Table> {
  if (content.length === 0) throw new DomainError('import.empty_file', 'The file is empty', 422, ['file']);
  if (content.length > maxFileBytes) throw new DomainError('import.too_large', `At most ${maxFileBytes / 1024 / 1024} MB per file`, 413, ['file']);
  const format = formatOf(content);
  const cells = format === 'xlsx' ? await xlsxCells(content) : csvCells(content);
  const nonEmpty = cells.filter((r) => r.some((c) => c !== ''));
  if (nonEmpty.length < 1) throw new DomainError('import.no_header', 'The file has no header row', 422, ['file']);
  if (nonEmpty.length - 1 > maxRows) throw new DomainError('import.too_many_rows', `At most ${maxRows} rows per file`, 413, ['file']);
  const width = Math.max(...nonEmpty.map((r) => r.length));
  const header = nonEmpty[0]!;
  const columns = Array.from({ length: width }, (_, i) => header[i] || `column ${i + 1}`);
  if (new Set(columns).size !== columns.length) throw new DomainError('import.duplicate_columns', 'Two columns have the same header', 422, ['file']);
  const rows = nonEmpty.slice(1).map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  return { format, columns, rows };
}

function csvCells(content: Buffer): string[][] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw new DomainError('import.bad_file', 'Not a CSV in UTF-8 nor an XLSX workbook', 422, ['file']);
  }
  if (text.includes('\u0000')) throw new DomainError('import.bad_file', 'Not a CSV in UTF-8 nor an XLSX workbook', 422, ['file']);
  try {
    return parse(text, { bom: true, delimiter: delimiterOf(text), relax_column_count: true, trim: true, skip_empty_lines: true }) as string[][];
  } catch (err) {
    throw new DomainError('import.bad_csv', `Not readable as CSV: ${(err as Error).message}`, 422, ['file']);
  }
}

/** The separator the header line uses most (`;` is common where `,` is the decimal mark); values may contain the others. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.indexOf('\n') >>> 0);
  const count = (d: string) => header.split(d).length;
  return [';', '\t', ','].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

async function xlsxCells(content: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(content as unknown as ArrayBuffer);
  } catch (err) {
    throw new DomainError('import.bad_xlsx', `Not readable as an XLSX workbook: ${(err as Error).message}`, 422, ['file']);
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new DomainError('import.no_header', 'The workbook has no sheet', 422, ['file']);
  const out: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = row.values as ExcelJS.CellValue[];
    out.push(values.slice(1).map(cellText));
  });
  return out;
}

/** A cell as text: dates as ISO days, formulas by their result, rich text joined. */
function cellText(v: ExcelJS.CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('richText' in v) return v.richText.map((t) => t.text).join('').trim();
    if ('text' in v) return String(v.text).trim();
    if ('error' in v) return '';
  }
  return String(v).trim();
}
