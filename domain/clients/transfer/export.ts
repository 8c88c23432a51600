import type { EntityManager } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import type { Access } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import type { Counterparty } from '../counterparties/counterparty.entity.ts';
import { filteredCounterparties, type CounterpartyFilter } from '../counterparties/list.service.ts';
import { exportHeader, exportSheetName, type ExportColumn, type ExportLanguage } from './export-headers.ts';

/** Export stays one synchronous answer; bigger selections should be narrowed by a filter. */
export const exportLimit = 50_000;

/** The columns of an export (headers in export-headers.ts); import reads the headers back in any language. */
export const exportColumns: { key: ExportColumn; value: (c: Counterparty) => string | number | null }[] = [
  { key: 'id', value: (c) => c.id },
  { key: 'kind', value: (c) => c.kind },
  { key: 'name', value: (c) => c.name },
  { key: 'legalName', value: (c) => c.legalName ?? null },
  { key: 'taxId', value: (c) => c.taxId ?? null },
  { key: 'phones', value: (c) => c.phones.map((p) => p.number).join(', ') },
  { key: 'emails', value: (c) => c.emails.map((e) => e.address).join(', ') },
  { key: 'website', value: (c) => c.website ?? null },
  { key: 'industry', value: (c) => c.industry ?? null },
  { key: 'region', value: (c) => c.region ?? null },
  { key: 'size', value: (c) => c.size ?? null },
  { key: 'status', value: (c) => c.status },
  { key: 'source', value: (c) => c.source ?? null },
  { key: 'tags', value: (c) => c.tags.join(', ') },
  { key: 'abcClass', value: (c) => c.abcClass ?? null },
  { key: 'xyzClass', value: (c) => c.xyzClass ?? null },
  { key: 'responsibleId', value: (c) => c.responsibleId ?? null },
  { key: 'createdAt', value: (c) => c.createdAt.toISOString() },
];

/**
 * The counterparties matching a filter that the actor may export (the `export` permission and
 * its row scope, in SQL), as an XLSX workbook ordered by name, headed in the asker's language.
 */
export async function exportCounterparties(em: EntityManager, access: Access, filter: CounterpartyFilter, language: ExportLanguage = 'en'): Promise<Buffer> {
  const qb = filteredCounterparties(em, access, filter, 'export');
  const rows = await qb.orderBy([{ name: 'asc' }, { id: 'asc' }]).limit(exportLimit + 1).getResult();
  if (rows.length > exportLimit) {
    throw new DomainError('export.too_large', `At most ${exportLimit} rows per export; narrow the filter`, 422);
  }
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(exportSheetName(language), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = exportColumns.map((c) => ({ header: exportHeader(c.key, language), key: c.key, width: c.key === 'name' ? 40 : 16 }));
  for (const row of rows) sheet.addRow(Object.fromEntries(exportColumns.map((c) => [c.key, c.value(row)])));
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}
