import type { EntityManager } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import type { Access } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import type { Counterparty } from '../counterparties/counterparty.entity.ts';
import { filteredCounterparties, type CounterpartyFilter } from '../counterparties/list.service.ts';

/** Export stays one synchronous answer; bigger selections should be narrowed by a filter. */
export const exportLimit = 50_000;

/** The columns of an export; import reads the same headers back by default. */
export const exportColumns: { header: string; key: string; value: (c: Counterparty) => string | number | null }[] = [
  { header: 'id', key: 'id', value: (c) => c.id },
  { header: 'kind', key: 'kind', value: (c) => c.kind },
  { header: 'name', key: 'name', value: (c) => c.name },
  { header: 'legalName', key: 'legalName', value: (c) => c.legalName ?? null },
  { header: 'taxId', key: 'taxId', value: (c) => c.taxId ?? null },
  { header: 'phones', key: 'phones', value: (c) => c.phones.map((p) => p.number).join(', ') },
  { header: 'emails', key: 'emails', value: (c) => c.emails.map((e) => e.address).join(', ') },
  { header: 'website', key: 'website', value: (c) => c.website ?? null },
  { header: 'industry', key: 'industry', value: (c) => c.industry ?? null },
  { header: 'region', key: 'region', value: (c) => c.region ?? null },
  { header: 'size', key: 'size', value: (c) => c.size ?? null },
  { header: 'status', key: 'status', value: (c) => c.status },
  { header: 'source', key: 'source', value: (c) => c.source ?? null },
  { header: 'tags', key: 'tags', value: (c) => c.tags.join(', ') },
  { header: 'abcClass', key: 'abcClass', value: (c) => c.abcClass ?? null },
  { header: 'xyzClass', key: 'xyzClass', value: (c) => c.xyzClass ?? null },
  { header: 'responsibleId', key: 'responsibleId', value: (c) => c.responsibleId ?? null },
  { header: 'createdAt', key: 'createdAt', value: (c) => c.createdAt.toISOString() },
];

/**
 * The counterparties matching a filter that the actor may export (the `export` permission and
 * its row scope, in SQL), as an XLSX workbook ordered by name.
 */
export async function exportCounterparties(em: EntityManager, access: Access, filter: CounterpartyFilter): Promise<Buffer> {
  const qb = filteredCounterparties(em, access, filter, 'export');
  const rows = await qb.orderBy([{ name: 'asc' }, { id: 'asc' }]).limit(exportLimit + 1).getResult();
  if (rows.length > exportLimit) {
    throw new DomainError('export.too_large', `At most ${exportLimit} rows per export; narrow the filter`, 422);
  }
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Counterparties');
  sheet.columns = exportColumns.map((c) => ({ header: c.header, key: c.key, width: c.key === 'name' ? 40 : 16 }));
  for (const row of rows) sheet.addRow(Object.fromEntries(exportColumns.map((c) => [c.key, c.value(row)])));
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}
