import type { Request, Response } from 'express';
import ExcelJS from 'exceljs';
import { z } from 'zod';

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A Date is written as a spreadsheet date (sortable, summable), not as text. */
export type Cell = string | number | Date | null;

export interface Sheet {
  name: string;
  columns: { header: string; key: string; width?: number }[];
  rows: Record<string, Cell>[];
}

/** The query parameter every exportable table accepts; `Accept: <xlsx type>` asks for the same. */
export const formatParam = { format: z.enum(['json', 'xlsx']).optional().describe('xlsx: the same table as an Excel workbook (or send Accept: the XLSX type)') };

/** True when the caller asked for the workbook rather than JSON. */
export function wantsXlsx(req: Request, format: 'json' | 'xlsx' | undefined): boolean {
  if (format) return format === 'xlsx';
  return (req.get('accept') ?? '').includes(xlsxType);
}

/** One worksheet per table, bold headers, the header row frozen; sent as a download. */
export async function sendWorkbook(res: Response, fileName: string, sheets: Sheet[]): Promise<Record<string, never>> {
  const book = new ExcelJS.Workbook();
  for (const s of sheets) {
    const sheet = book.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = s.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? Math.max(12, c.header.length + 2) }));
    for (const row of s.rows) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
  }
  const data = Buffer.from(await book.xlsx.writeBuffer());
  res.status(200).type(xlsxType).setHeader('content-disposition', `attachment; filename="${fileName}.xlsx"`);
  res.send(data);
  return {};
}

/** Milliseconds as hours with two decimals: what a spreadsheet user sums and averages. */
export const hours = (ms: number | null): number | null => (ms === null ? null : Math.round(ms / 36_000) / 100);

/** Minor units (kopiykas, cents) as an amount. */
/** A linked record's name for a cell; `#id` when the name is not at hand, empty when nothing is linked. */
export const nameOf = (names: Map<number, string>, id: number | null | undefined): string | null => (id ? (names.get(id) ?? `#${id}`) : null);

export const major = (minor: number | undefined): number | null => (minor === undefined ? null : minor / 100);
