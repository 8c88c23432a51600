/** One offending input named by its path (`xml`, `email`), with a stable code and details. */
export interface DomainFieldError {
  field: string;
  code: string;
  message: string;
  params?: Record<string, unknown>;
}

/**
 * A failure the user can act on. `code` is stable (for translation and clients),
 * `status` is the HTTP status the API answers with, `fields` point at the offending input.
 */
export class DomainError extends Error {
  readonly fields: DomainFieldError[];

  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    fields: (string | DomainFieldError)[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
    this.fields = fields.map((f) => (typeof f === 'string' ? { field: f, code, message } : f));
  }
}
