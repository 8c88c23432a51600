import { API_BASE, ApiError, api, type FieldError, type Problem } from '../api/client';
import type { ApiResponse, Schema } from '../api/types';

/** A process key as listed by the API. */
export type ProcessDefinition = Schema<'ProcessDefinition'>;

export type ProcessVersion = Schema<'ProcessVersion'>;

/** One offending element of a refused model (or a warning of a stored one). */
export type ModelProblem = ProcessVersion['warnings'][number];

export type ProcessDetail = ApiResponse<'/api/v1/process-definitions/{key}'> & {
  /** ETag for If-Match when choosing the active version. */
  etag: string | null;
};

/** Keys a process can be deployed under (the API's rule). */
export const processKeyPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const path = (key: string) => `/process-definitions/${encodeURIComponent(key)}`;

export const listProcesses = () => api.get<ApiResponse<'/api/v1/process-definitions'>>('/process-definitions').then((r) => r.items);

export async function getProcess(key: string): Promise<ProcessDetail> {
  const { body, etag } = await api.tagged<Omit<ProcessDetail, 'etag'>>(path(key));
  return { ...body, etag };
}

export const setActiveVersion = (key: string, version: number, etag: string) =>
  api.put<ProcessDefinition>(`${path(key)}/active-version`, { version }, { ifMatch: etag });

/** The BPMN XML of a version exactly as deployed. */
export async function versionXml(key: string, number: number): Promise<string> {
  const response = await send(`${path(key)}/versions/${number}/xml`, { headers: { Accept: 'application/xml, application/problem+json' } });
  return response.text();
}

export type DeployOutcome =
  | { kind: 'deployed'; version: ProcessVersion }
  | { kind: 'unchanged'; version: ProcessVersion }
  | { kind: 'refused'; problems: ModelProblem[] };

/** Sends the model as the next version of the key; a refusal lists every offending element. */
export async function deployProcess(key: string, xml: string): Promise<DeployOutcome> {
  try {
    const response = await send(`${path(key)}/versions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/xml', Accept: 'application/json, application/problem+json' },
      body: xml,
    });
    const version = (await response.json()) as ProcessVersion;
    return { kind: response.status === 201 ? 'deployed' : 'unchanged', version };
  } catch (err) {
    if (err instanceof ApiError && err.code === 'process.model_refused') return { kind: 'refused', problems: err.errors.map(toProblem) };
    throw err;
  }
}

function toProblem(error: FieldError & { params?: Record<string, unknown> }): ModelProblem {
  const params = error.params ?? {};
  return {
    elementId: String(params.elementId ?? ''),
    elementType: String(params.elementType ?? ''),
    ...(params.name ? { name: String(params.name) } : {}),
    reason: error.message,
    ...(typeof params.reasonCode === 'string' ? { reasonCode: params.reasonCode, values: (params.values ?? {}) as Record<string, string | number> } : {}),
  };
}

/** fetch for the two XML calls (the JSON client sends and reads JSON only); errors as ApiError. */
async function send(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(API_BASE + url, { credentials: 'same-origin', cache: 'no-store', ...init });
  } catch (err) {
    throw new ApiError({ status: 0, code: 'network', title: 'Network error', detail: (err as Error).message });
  }
  if (response.ok) return response;
  const problem = (await response.json().catch(() => null)) as Problem | null;
  throw new ApiError(problem?.code ? { ...problem, status: response.status } : { status: response.status, code: 'http_error', title: `HTTP ${response.status}` });
}
