/** One offending input as reported by the server (`field` like `body.email`). */
export interface FieldError {
  field: string;
  pointer: string;
  message: string;
  /** Optional stable code; when present the UI translates it (`fieldErrors.<code>`). */
  code?: string;
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

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
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
}

/** Calls the JSON API with the session cookie; throws ApiError on anything but success. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal, acceptStatuses = [] } = options;
  let response: Response;
  try {
    response = await fetch(API_BASE + path, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json, application/problem+json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError({ status: 0, code: 'network', title: 'Network error', detail: (err as Error).message });
  }
  if (response.status === 204) return undefined as T;
  const payload = await readJson(response);
  if (response.ok || acceptStatuses.includes(response.status)) {
    if (payload === undefined) throw unexpected(response, 'The server did not answer with JSON');
    return payload as T;
  }
  if (isProblem(payload)) throw new ApiError({ ...payload, status: payload.status || response.status });
  throw unexpected(response, response.statusText);
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) => apiRequest<T>(path, options),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
};

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
