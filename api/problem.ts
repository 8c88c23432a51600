import type { ErrorRequestHandler, Response } from 'express';
import { OptimisticLockError } from '@mikro-orm/core';
import { z } from 'zod';
import { DomainError } from '../domain/errors.ts';

/** One offending input: where it is (`body.email`, JSON pointer `/body/email`) and what is wrong. */
export interface FieldProblem {
  field: string;
  pointer: string;
  /** Stable reason (zod issue code such as `too_small`) so clients can translate the message. */
  code: string;
  message: string;
  /** Bounds and formats of the rule that failed, e.g. `{ minimum: 8 }`. */
  params?: Record<string, unknown>;
}

/** RFC 9457 problem details; `code` is stable for clients and translations. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors: FieldProblem[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
    this.name = 'Problem';
  }
}

export function fieldProblem(
  path: (string | number)[],
  message: string,
  code = 'invalid',
  params?: Record<string, unknown>,
): FieldProblem {
  const pointer = '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
  return { field: path.join('.'), pointer, code, message, ...(params ? { params } : {}) };
}

const ruleParams = ['minimum', 'maximum', 'format', 'expected', 'values'] as const;

export function fromZod(error: z.ZodError, location: 'body' | 'query' | 'params'): Problem {
  const errors = error.issues.flatMap((issue) => {
    const base = [location, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => fieldProblem([...base, key], 'Unknown field', 'unrecognized_key'));
    }
    // A field left out is "required", which a form says better than "invalid value".
    if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) return [fieldProblem(base, 'Required', 'required')];
    const details = issue as unknown as Record<string, unknown>;
    const params = Object.fromEntries(ruleParams.filter((k) => details[k] !== undefined).map((k) => [k, details[k]]));
    return [fieldProblem(base, issue.message, issue.code, Object.keys(params).length ? params : undefined)];
  });
  return new Problem(422, 'validation_failed', 'Invalid request', `${errors.length} field(s) are invalid`, errors);
}

export function sendProblem(res: Response, problem: Problem): void {
  res
    .status(problem.status)
    .type('application/problem+json')
    .json({
      type: `about:blank#${problem.code}`,
      title: problem.title,
      status: problem.status,
      code: problem.code,
      ...(problem.detail ? { detail: problem.detail } : {}),
      instance: res.req.originalUrl,
      ...(problem.errors.length ? { errors: problem.errors } : {}),
      ...problem.extra,
    });
}

/** Maps every error that reaches Express to problem+json; unknown ones are logged and hidden. */
export const problemHandler: ErrorRequestHandler = (err, req, res, _next) => {
  sendProblem(res, toProblem(err, req.log ?? console.error));
};

/** Domain fields name the body unless they say otherwise (`query.team`, `params.id`). */
function locate(field: string): string[] {
  const path = field.split('.');
  return ['query', 'params', 'headers'].includes(path[0]!) ? path : ['body', ...path];
}

function toProblem(err: unknown, log: (...args: unknown[]) => void): Problem {
  if (err instanceof Problem) return err;
  if (err instanceof DomainError) {
    const errors = err.fields.map((f) => fieldProblem(locate(f.field), f.message, f.code, f.params));
    return new Problem(err.status, err.code, err.message, err.message, errors);
  }
  if (err instanceof OptimisticLockError) {
    return new Problem(409, 'conflict.stale_version', 'The record was changed by someone else', err.message);
  }
  const httpErr = err as { type?: string; status?: number; message?: string };
  if (httpErr.type === 'entity.parse.failed') {
    return new Problem(400, 'malformed_json', 'Malformed JSON', httpErr.message, [fieldProblem(['body'], 'Not valid JSON', 'malformed_json')]);
  }
  if (httpErr.type === 'entity.too.large') return new Problem(413, 'payload_too_large', 'Request body too large');
  if (httpErr.type === 'encoding.unsupported' || httpErr.type === 'charset.unsupported') {
    return new Problem(415, 'unsupported_encoding', 'Unsupported request encoding', httpErr.message);
  }
  log('Unhandled error', err);
  return new Problem(500, 'internal_error', 'Internal server error');
}

declare module 'express-serve-static-core' {
  interface Request {
    log?: (...args: unknown[]) => void;
  }
}
