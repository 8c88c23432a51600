import { api } from '../api/client';
import type { ApiBody, ApiResponse, Schema } from '../api/types';

export type Colleague = Schema<'UserDirectoryEntry'>;
export type NewUser = ApiBody<'/api/v1/users'>;
export type Team = Schema<'Team'>;

/** The roles the first migration creates, in the order an administrator thinks of them. */
export const roleCodes = ['sales_manager', 'head_of_sales', 'agent', 'process_owner', 'marketer', 'analyst', 'admin'] as const;

/** Colleagues the API lets this user pick (their reach), by name or e-mail. */
export const findUsers = (search: string) => api.get<ApiResponse<'/api/v1/users'>>(`/users?${new URLSearchParams({ search, limit: '20' })}`).then((r) => r.items);

/** Everyone an administrator manages (the directory's upper limit). */
export const listUsers = (signal?: AbortSignal) => api.get<ApiResponse<'/api/v1/users'>>('/users?limit=100', { signal }).then((r) => r.items);

export const createUser = (body: NewUser) => api.post<Colleague>('/users', body);

export const listTeams = (signal?: AbortSignal) => api.get<{ items: Team[] }>('/teams', { signal }).then((r) => r.items);

export type Account = Schema<'UserAccount'>;
export type AccountPatch = ApiBody<'/api/v1/users/{id}', 'patch'>;
export type AccountDetails = ApiResponse<'/api/v1/users/{id}'>;

/** Every account for the administration table, deactivated ones included. */
export const listAccounts = (signal?: AbortSignal) => api.get<ApiResponse<'/api/v1/users/accounts'>>('/users/accounts', { signal }).then((r) => r.items);

export const getAccount = (id: number, signal?: AbortSignal) => api.get<AccountDetails>(`/users/${id}`, { signal });

export const updateAccount = (id: number, body: AccountPatch) => api.patch<Account>(`/users/${id}`, body);

export const reassignClients = (id: number, toUserId: number) =>
  api.post<ApiResponse<'/api/v1/users/{id}/reassign-clients', 'post'>>(`/users/${id}/reassign-clients`, { toUserId });

/** Hands a colleague's open tasks and open deals to another (admins). */
export const handOverWork = (id: number, toUserId: number) => api.post<ApiResponse<'/api/v1/users/{id}/hand-over-work', 'post'>>(`/users/${id}/hand-over-work`, { toUserId });
