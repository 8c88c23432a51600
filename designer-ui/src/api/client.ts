/** One offending input as reported by the server (`field` like `body.email`). */
export interface FieldError {
  field: string;
  pointer: string;
  message: string;
  /** Optional stable code; when present the UI translates it (`fieldErrors.<code>`). */
  code?: string;
  /** Values the message speaks of (e.g. the allowed stages), for a translated message. */
  params?: Record<string, unknown>;
}

/** RFC 9457 problem details as sent by the API. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

/** Any failed call: a problem from the server, a non-problem HTTP error, or no answer at all. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail?: string;
  readonly errors: FieldError[];
  /** The whole problem body, e.g. `current` and `etag` of a 412 answer. */
  readonly problem: Problem & Record<string, unknown>;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.problem = problem as Problem & Record<string, unknown>;
  }

  /** Status 0: the request never got an HTTP answer (server down, offline). */
  get isNetwork(): boolean {
    return this.status === 0;
  }
}

export const API_BASE = '/api/v1';

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** Non-2xx statuses whose JSON body is still a normal answer (e.g. 503 from /health). */
  acceptStatuses?: number[];
  /** ETag of the version the user edits (optimistic locking); a stale one is answered with 412. */
  ifMatch?: string;
  /** Makes a creating POST safe to retry: the server answers a repeat with the first result. */
  idempotencyKey?: string;
}

/** An answer together with its ETag, for records edited later with If-Match. */
export interface Tagged<T> {
  body: T;
  etag: string | null;
}

/** Calls the JSON API with the session cookie; throws ApiError on anything but success. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await apiRequestTagged<T>(path, options)).body;
}

/** Like apiRequest, also returning the ETag header. */
export async function apiRequestTagged<T>(path: string, options: RequestOptions = {}): Promise<Tagged<T>> {
  const { method = 'GET', body, signal, acceptStatuses = [], ifMatch, idempotencyKey } = options;
  let response: Response;
  try {
    response = await fetch(API_BASE + path, {
      method,
      credentials: 'same-origin',
      // ETags here are record versions for If-Match, not cache validators: a dossier keeps its ETag
      // while its contacts change, so a revalidated (304) copy would show stale contacts.
      cache: 'no-store',
      headers: {
        Accept: 'application/json, application/problem+json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(ifMatch ? { 'If-Match': ifMatch } : {}),
        ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError({ status: 0, code: 'network', title: 'Network error', detail: (err as Error).message });
  }
  const etag = response.headers.get('ETag');
  if (response.status === 204) return { body: undefined as T, etag };
  const payload = await readJson(response);
  // A 202 without a body: accepted, the engine acts a moment later.
  if (response.status === 202 && payload === undefined) return { body: undefined as T, etag };
  if (response.ok || acceptStatuses.includes(response.status)) {
    if (payload === undefined) throw unexpected(response, 'The server did not answer with JSON');
    return { body: payload as T, etag };
  }
  if (isProblem(payload)) throw new ApiError({ ...payload, status: payload.status || response.status });
  throw unexpected(response, response.statusText);
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) => apiRequest<T>(path, options),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PATCH', body }),
  delete: <T = void>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) => apiRequest<T>(path, { ...options, method: 'DELETE' }),
  /** Same calls, answering with the body and its ETag. */
  tagged: <T>(path: string, options?: RequestOptions) => apiRequestTagged<T>(path, options),
};

/** A fresh Idempotency-Key for one user action (kept across retries of that action). */
export const newIdempotencyKey = (): string =>
  // randomUUID exists only in secure contexts; plain-HTTP intranet installs get random bytes instead.
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

async function readJson(response: Response): Promise<unknown> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && typeof (value as Problem).code === 'string';
}

function unexpected(response: Response, detail: string): ApiError {
  return new ApiError({ status: response.status, code: 'http_error', title: `HTTP ${response.status}`, detail });
}
