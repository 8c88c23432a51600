import { api } from '../api/client';
import type { ApiResponse, Schema } from '../api/types';

/** Roles that work on client and deal records: only they may start a process for one (the API refuses others). */
export const starterRoles = ['admin', 'head_of_sales', 'sales_manager', 'agent'];

export type StartableProcess = Schema<'ProcessDefinition'>;

export type StartedInstance = ApiResponse<'/api/v1/process-instances', 'post'>;

/** Deployed processes with an active version: the ones a new instance can start from. */
export const startableProcesses = () =>
  api.get<ApiResponse<'/api/v1/process-definitions'>>('/process-definitions').then((r) => r.items.filter((d) => d.activeVersion !== null));

export type StartForm = ApiResponse<'/api/v1/process-definitions/{key}/start-form'>;

/** The form its active version asks the starter to fill in (schema null: none, variables are typed by hand). */
export const startFormOf = (key: string) => api.get<StartForm>(`/process-definitions/${encodeURIComponent(key)}/start-form`);

export const startProcess = (key: string, record: { type: 'client' | 'deal'; id: string }, variables: Record<string, unknown>, idempotencyKey: string) =>
  api.post<StartedInstance>('/process-instances', { key, record, variables }, { idempotencyKey });
