import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { Access } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import { scopedCounterparties } from '../counterparties/scoped.ts';
import { normalTaxId } from '../counterparties/requisites.ts';
import { sqlRun } from '../sql.ts';
import { readTable } from '../transfer/read-table.ts';
import { rowIssue, type IssueParams } from '../transfer/row-issue.ts';

/** A refused line: `code` and `params` for the screen's sentence in the user's language, `message` in English for API users. */
export interface RowError { row: number; field: string; code: string; params: IssueParams; message: string }

/** Fields whose own format says more than "invalid". */
const specialCodes = { date: 'invalid_date', revenue: 'invalid_amount', margin: 'invalid_amount', counterpartyId: 'invalid_client_id' };

const money = z.string().trim().regex(/^-?\d{1,13}([.,]\d{1,2})?$/, 'A number with at most 2 decimals').transform((s) => s.replace(',', '.'));
const line = z.object({
  counterpartyId: z.string().trim().regex(/^\d{1,9}$/).optional(),
  taxId: z.string().trim().max(20).optional(),
  date: z.iso.date(),
  revenue: money,
  margin: money.optional(),
  reference: z.string().trim().max(100).optional(),
});

/**
 * Sales lines from CSV (header row: counterpartyId or taxId, date, revenue, margin,
 * reference). Valid rows are imported, invalid ones reported by row number; a line whose
 * `reference` was imported before is skipped, so re-sending a file is harmless. Clients are
 * resolved only within the importer's update reach: others read as unknown.
 */
export async function importSalesLines(em: EntityManager, access: Access, csv: string, dryRun: boolean) {
  let records: Record<string, string>[];
  try {
    records = parse(csv, { columns: true, skip_empty_lines: true, trim: true, bom: true, delimiter: [',', ';'] }) as Record<string, string>[];
  } catch (err) {
    throw new DomainError('import.bad_csv', `Not readable as CSV: ${(err as Error).message}`, 422, ['csv']);
  }
  return importSalesRecords(em, access, records, dryRun);
}

/**
 * Sales lines from an uploaded CSV or XLSX file with the same headers. A line without its
 * own `reference` gets one from the file's hash and its row, so the same file imported
 * again adds nothing.
 */
export async function importSalesFile(em: EntityManager, access: Access, content: Buffer, dryRun: boolean) {
  const table = await readTable(content);
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 16);
  const records = table.rows.map((cells, i) => {
    const r: Record<string, string> = Object.fromEntries(table.columns.map((c, k) => [c, cells[k] ?? '']));
    if (!r.reference) r.reference = `file:${hash}:${i + 2}`;
    return r;
  });
  return importSalesRecords(em, access, records, dryRun);
}

async function importSalesRecords(em: EntityManager, access: Access, records: Record<string, string>[], dryRun: boolean) {
  if (records.length > 100_000) throw new DomainError('import.too_large', 'At most 100 000 lines per import', 422, ['csv']);
  const errors: RowError[] = [];
  const valid: { row: number; data: z.infer<typeof line> }[] = [];
  records.forEach((r, i) => {
    const parsed = line.safeParse(Object.fromEntries(Object.entries(r).filter(([, v]) => v !== '')), { reportInput: true });
    if (!parsed.success) for (const issue of parsed.error.issues) errors.push({ row: i + 2, field: issue.path.join('.') || 'row', ...rowIssue(issue, specialCodes), message: issue.message });
    else if (!parsed.data.counterpartyId && !parsed.data.taxId) errors.push({ row: i + 2, field: 'counterpartyId', code: 'missing_client', params: {}, message: 'Name the client by counterpartyId or taxId' });
    else valid.push({ row: i + 2, data: parsed.data });
  });
  const ids = [...new Set(valid.flatMap((v) => (v.data.counterpartyId ? [Number(v.data.counterpartyId)] : [])))];
  const taxIds = [...new Set(valid.flatMap((v) => (v.data.taxId ? [normalTaxId(v.data.taxId)] : [])))];
  const reachable = await scopedCounterparties(em, access, 'update')
    .andWhere({ $or: [{ id: { $in: ids.length ? ids : [0] } }, { taxId: { $in: taxIds.length ? taxIds : [''] } }] })
    .getResult();
  const byId = new Set(reachable.map((c) => c.id));
  const byTax = new Map(reachable.filter((c) => c.taxId).map((c) => [c.taxId!, c.id]));
  const rows: unknown[][] = [];
  for (const v of valid) {
    const id = v.data.counterpartyId ? (byId.has(Number(v.data.counterpartyId)) ? Number(v.data.counterpartyId) : undefined) : byTax.get(normalTaxId(v.data.taxId!));
    const field = v.data.counterpartyId ? 'counterpartyId' : 'taxId';
    if (!id) errors.push({ row: v.row, field, code: 'unknown_client', params: { value: v.data[field]! }, message: 'No such client within your reach' });
    else rows.push([id, v.data.date, v.data.revenue, v.data.margin ?? '0', v.data.reference ?? null]);
  }
  let imported = 0;
  if (!dryRun && rows.length) {
    await em.transactional(async (tx) => {
      for (let i = 0; i < rows.length; i += 1000) {
        const chunk = rows.slice(i, i + 1000);
        imported += await sqlRun(
          tx,
          `insert into sales_line (counterparty_id, date, revenue, margin, reference) values ${chunk.map(() => '(?, ?::date, ?::numeric, ?::numeric, ?)').join(', ')}
           on conflict (reference) where reference is not null do nothing`,
          chunk.flat(),
        );
      }
    });
  }
  return { dryRun, rows: records.length, valid: rows.length, imported, skipped: dryRun ? 0 : rows.length - imported, errors: errors.sort((a, b) => a.row - b.row) };
}
