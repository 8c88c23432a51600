import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireScope, type Access } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import { createCounterparty } from '../counterparties/counterparties.service.ts';
import { sqlRows, sqlRun } from '../sql.ts';
import { duplicatesOf, type RowDuplicates } from './import-duplicates.ts';
import { suggestMapping, type ImportMapping } from './import-mapping.ts';
import { parseRows, type RowProblem } from './import-rows.ts';
import { readTable, type Table } from './read-table.ts';

/** Rows written per transaction: a failure loses at most one batch, and a rerun resumes after it. */
export const importBatch = 500;

interface ImportRow { id: number; file_name: string; format: string; content: Buffer; columns: string[]; row_count: number; status: string; created_by: number; created_at: Date; finished_at: Date | null; result: unknown }

const summaryOf = (r: ImportRow, table?: Table) => ({
  id: r.id,
  fileName: r.file_name,
  format: r.format,
  status: r.status,
  rows: r.row_count,
  columns: r.columns,
  ...(table ? { sample: table.rows.slice(0, 5).map((cells) => Object.fromEntries(r.columns.map((c, i) => [c, cells[i] ?? '']))), suggestedMapping: suggestMapping(r.columns) } : {}),
  result: r.result ?? null,
  createdAt: new Date(r.created_at).toISOString(),
  finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
});

/** Importing means creating counterparties: the `create` permission decides, at its reach. */
const mayImport = (access: Access) => requireScope(access, 'create', 'Counterparty');

/**
 * Keeps an uploaded file and answers its columns, a sample and a suggested mapping. The same
 * content uploaded again (by its SHA-256) answers the import it already is, so a file cannot
 * be imported twice through two uploads; someone else's import of it is refused with 409.
 */
export async function uploadImport(em: EntityManager, access: Access, fileName: string, content: Buffer) {
  mayImport(access);
  const table = await readTable(content);
  const hash = createHash('sha256').update(content).digest('hex');
  const [known] = await sqlRows<ImportRow>(em, 'select * from client_import where file_hash = ?', [hash]);
  if (known) {
    if (known.created_by !== access.userId) throw new DomainError('import.same_file', `This file was uploaded before by another user (import ${known.id})`, 409, ['file']);
    return { created: false, import: summaryOf(known, table) };
  }
  const [row] = await sqlRows<ImportRow>(
    em,
    `insert into client_import (file_hash, file_name, format, content, columns, row_count, created_by) values (?, ?, ?, ?, ?::jsonb, ?, ?)
     on conflict (file_hash) do nothing returning *`,
    [hash, fileName, table.format, content, JSON.stringify(table.columns), table.rows.length, access.userId],
  );
  if (!row) return uploadImport(em, access, fileName, content); // a parallel upload of the same file won
  return { created: true, import: summaryOf(row, table) };
}

/** An import the actor uploaded (admins see all); others answer 404. */
async function ownImport(em: EntityManager, access: Access, id: number): Promise<ImportRow> {
  const scope = mayImport(access);
  const [row] = await sqlRows<ImportRow>(em, `select * from client_import where id = ? ${scope === 'all' ? '' : 'and created_by = ?'}`, scope === 'all' ? [id] : [id, access.userId]);
  if (!row) throw new DomainError('import.not_found', 'No such import', 404);
  return row;
}

export async function getImport(em: EntityManager, access: Access, id: number) {
  return summaryOf(await ownImport(em, access, id));
}

export interface RunOptions {
  mapping: ImportMapping;
  dryRun: boolean;
  /** `skip`: rows with a likely duplicate (in the base at `minScore` or above, or earlier in the file) are not imported. */
  onDuplicate: 'skip' | 'import';
  minScore: number;
  offset: number;
  limit: number;
}

type RowStatus = 'new' | 'created' | 'imported_before' | 'invalid' | 'duplicate';

interface RowReport {
  row: number;
  status: RowStatus;
  record: Record<string, unknown>;
  errors: RowProblem[];
  duplicates: RowDuplicates;
  counterpartyId: number | null;
}

/**
 * Checks every row (dry run) or imports the valid ones, one transaction per batch. Rows an
 * earlier run imported are recognised by their row number and left alone, so running the
 * same import again creates nothing new.
 */
export async function runImport(em: EntityManager, access: Access, id: number, o: RunOptions) {
  const imp = await ownImport(em, access, id);
  const table = await readTable(imp.content);
  for (const column of Object.keys(o.mapping.columns)) {
    if (!table.columns.includes(column)) throw new DomainError('import.unknown_column', `The file has no column "${column}"`, 422, [`mapping.columns.${column}`]);
  }
  const parsed = await parseRows(em, access, table, o.mapping);
  const before = new Map((await sqlRows<{ row_no: number; counterparty_id: number }>(em, 'select row_no, counterparty_id from client_import_row where import_id = ?', [id])).map((r) => [r.row_no, r.counterparty_id]));
  const pending = parsed.filter((p) => !before.has(p.row));
  const dups = new Map((await duplicatesOf(em, access, pending)).map((d, i) => [pending[i]!.row, d]));
  const taken = new Set(before.keys());
  const reports: RowReport[] = parsed.map((p) => {
    const duplicates = dups.get(p.row) ?? { base: [], file: [] };
    const base: Omit<RowReport, 'status'> = { row: p.row, record: p.record ?? p.draft, errors: p.errors, duplicates, counterpartyId: before.get(p.row) ?? null };
    if (before.has(p.row)) return { ...base, status: 'imported_before' };
    if (!p.record) return { ...base, status: 'invalid' };
    const doubled = duplicates.base.some((c) => c.score >= o.minScore) || duplicates.file.some((r) => taken.has(r));
    if (doubled && o.onDuplicate === 'skip') return { ...base, status: 'duplicate' };
    taken.add(p.row);
    return { ...base, status: 'new' };
  });
  if (!o.dryRun) await writeRows(em, access, imp, reports, parsed);
  const count = (s: RowStatus) => reports.filter((r) => r.status === s).length;
  const totals = { rows: reports.length, new: count('new'), created: count('created'), importedBefore: count('imported_before'), invalid: count('invalid'), duplicate: count('duplicate') };
  if (!o.dryRun) await finish(em, imp.id, o.mapping, totals);
  return { importId: imp.id, dryRun: o.dryRun, totals, rows: reports.slice(o.offset, o.offset + o.limit) };
}

async function writeRows(em: EntityManager, access: Access, imp: ImportRow, reports: RowReport[], parsed: Awaited<ReturnType<typeof parseRows>>) {
  const todo = reports.filter((r) => r.status === 'new');
  const records = new Map(parsed.map((p) => [p.row, p.record]));
  await sqlRun(em, `update client_import set status = 'importing' where id = ? and status = 'uploaded'`, [imp.id]);
  for (let i = 0; i < todo.length; i += importBatch) {
    const batch = todo.slice(i, i + importBatch);
    await em.transactional(async (tx) => {
      // Serialises concurrent runs of one import: the second sees the first one's rows as done.
      await sqlRows(tx, 'select id from client_import where id = ? for update', [imp.id]);
      const done = new Set((await sqlRows<{ row_no: number }>(tx, 'select row_no from client_import_row where import_id = ? and row_no in (select (jsonb_array_elements_text(?::jsonb))::int)', [imp.id, JSON.stringify(batch.map((r) => r.row))])).map((r) => r.row_no));
      for (const report of batch) {
        if (done.has(report.row)) {
          report.status = 'imported_before';
          continue;
        }
        const c = await createCounterparty(tx, access, records.get(report.row)!);
        await sqlRun(tx, 'insert into client_import_row (import_id, row_no, counterparty_id) values (?, ?, ?)', [imp.id, report.row, c.id]);
        report.status = 'created';
        report.counterpartyId = c.id;
      }
    });
  }
}

async function finish(em: EntityManager, id: number, mapping: ImportMapping, totals: Record<string, number>) {
  await sqlRun(em, `update client_import set status = 'done', mapping = ?::jsonb, result = ?::jsonb, finished_at = now() where id = ?`, [JSON.stringify(mapping), JSON.stringify(totals), id]);
}
