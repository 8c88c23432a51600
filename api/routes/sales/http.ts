import type { Request } from 'express';
import { z } from 'zod';
import { Problem } from '../../problem.ts';

/** Sales staff create and change sales records; marketers and analysts read them; agents neither. */
export const salesWriters = { roles: ['admin', 'head_of_sales', 'sales_manager'] };
export const salesReaders = { roles: [...salesWriters.roles, 'marketer', 'analyst'] };

export const idParams = z.object({ id: z.coerce.number().int().positive() });

/** Weak ETag of a lock version, for If-Match. */
export const etag = (version: number) => `W/"${version}"`;

/** The version the client read (If-Match); updates without it are refused with 428. */
export function requireIfMatch(req: Request): number {
  const header = req.get('if-match');
  if (!header) throw new Problem(428, 'if_match_required', 'Send If-Match with the ETag you read');
  const m = /^(?:W\/)?"(\d+)"$/.exec(header.trim());
  if (!m) throw new Problem(400, 'bad_if_match', 'If-Match must be an ETag from this API, e.g. W/"3"');
  return Number(m[1]);
}

/** 412 with the current version, so the client can reload and decide. */
export function checkVersion(expected: number, current: { version: number }, present: () => unknown): void {
  if (expected !== current.version) {
    throw new Problem(412, 'conflict.stale_version', 'The record was changed by someone else', `You sent version ${expected}; it is now ${current.version}`, [], { current: present() });
  }
}

/** Idempotency-Key of a creating POST: the same key from the same user returns the first result. */
export function creationKey(req: Request): string | null {
  const key = req.get('idempotency-key');
  if (key === undefined) return null;
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) throw new Problem(400, 'bad_idempotency_key', 'Idempotency-Key must be 1-200 visible ASCII characters');
  return key;
}

/** Keyset pagination: `after` is the opaque cursor of the last item seen. */
export const pageQuery = {
  after: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
};

export function decodeCursor(cursor: string | undefined): number | null {
  if (!cursor) return null;
  const id = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!Number.isInteger(id) || id <= 0) throw new Problem(400, 'bad_cursor', 'The cursor is not one this API gave', undefined, []);
  return id;
}

/** The page and the cursor for the next one (null on the last page). */
export function page<T extends { id: number }, R>(rows: T[], limit: number, present: (row: T) => R) {
  const items = rows.slice(0, limit);
  const more = rows.length > limit;
  return { items: items.map(present), nextCursor: more ? Buffer.from(String(items[items.length - 1]!.id)).toString('base64url') : null };
}

export const listSchema = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

// The deal's field types live with the deal (a process step validates with them too).
export { currency, isoDate, minor } from '../../../domain/sales/index.ts';
export const recordRef = z.strictObject({ type: z.string().regex(/^[a-z_]{1,40}$/), id: z.string().min(1).max(100) });
