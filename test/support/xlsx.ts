import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { Stack } from './stack.ts';

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Downloads a table as XLSX and reads it back: sheet name → rows of cell values (header row first). */
export async function downloadWorkbook(stack: Stack, token: string, path: string, headers: Record<string, string> = {}): Promise<Record<string, unknown[][]>> {
  const res = await fetch(`${stack.url}/api/v1${path}`, { headers: { authorization: `Bearer ${token}`, ...headers } });
  expect(res.status, await res.clone().text()).toBe(200);
  expect(res.headers.get('content-type')).toContain(xlsxType);
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.xlsx"$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  const sheets: Record<string, unknown[][]> = {};
  book.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    sheets[sheet.name] = rows;
  });
  return sheets;
}

/** Rows as objects keyed by the header row; empty cells read as null. */
export const records = (rows: unknown[][]) => rows.slice(1).map((r) => Object.fromEntries((rows[0] as string[]).map((h, i) => [h, r[i] ?? null])));
