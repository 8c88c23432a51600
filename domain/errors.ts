/**
 * A failure the user can act on. `code` is stable (for translation and clients),
 * `status` is the HTTP status the API answers with, `fields` point at the offending input.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    readonly fields: string[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
