import { api } from '../api/client';
import type { ApiResponse, Schema } from '../api/types';

export type Colleague = Schema<'UserDirectoryEntry'>;

/** Colleagues the API lets this user pick (their reach), by name or e-mail. */
export const findUsers = (search: string) => api.get<ApiResponse<'/api/v1/users'>>(`/users?${new URLSearchParams({ search, limit: '20' })}`).then((r) => r.items);
