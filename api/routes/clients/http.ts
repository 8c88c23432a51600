import type { Request } from 'express';
import { z } from 'zod';
import { StaleVersionError } from '../../../domain/clients/index.ts';
import { Problem } from '../../problem.ts';

/** Weak ETag of a record's version, for If-Match. */
export const etag = (version: number) => `W/"${version}"`;

/** The version the client read, from If-Match; 428 when missing, 400 when not one of our ETags. */
export function requiredIfMatch(req: Request): number {
  const header = req.get('if-match');
  if (!header) throw new Problem(428, 'if_match_required', 'Send If-Match with the ETag of the record you read');
  const m = /^(?:W\/)?"(\d+)"$/.exec(header.trim());
  if (!m) throw new Problem(400, 'bad_if_match', 'If-Match must be an ETag from this API, e.g. W/"3"');
  return Number(m[1]);
}

/** Turns a stale edit into 412 with the current record (presented) and its ETag. */
export async function refusingStale<T>(run: () => Promise<T>, present: (current: never) => unknown): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof StaleVersionError)) throw err;
    const current = err.current as { version: number };
    throw new Problem(412, err.code, 'The record was changed by someone else', err.message, [], {
      currentVersion: current.version,
      etag: etag(current.version),
      current: present(current as never),
    });
  }
}

/** `?status=a,b` or `?status=a&status=b` → `['a', 'b']`. */
export const csvList = <T extends z.ZodType<string>>(item: T) =>
  z.preprocess((v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(',')).map((s) => s.trim()).filter(Boolean)), z.array(item).max(50).optional());

export const idParams = z.object({ id: z.coerce.number().int().positive().max(2147483647) });
