import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The next number of a document type in a year, e.g. INV-2026-00017. The upsert takes the
 * sequence row's lock until the caller's transaction ends: concurrent generators wait in
 * line, and a rolled-back generation gives its number back, so the series has no gaps.
 * Call it inside the transaction that stores the numbered document.
 */
export async function nextNumber(tx: EntityManager, docType: string, prefix: string, year: number): Promise<string> {
  const rows = await tx.execute<{ last_number: number }[]>(
    `insert into document_sequence (doc_type, year, last_number) values (?, ?, 1)
     on conflict (doc_type, year) do update set last_number = document_sequence.last_number + 1
     returning last_number`,
    [docType, year],
  );
  return `${prefix}-${year}-${String(rows[0]!.last_number).padStart(5, '0')}`;
}
