import { api } from '../api/client';

export interface Colleague {
  id: number;
  displayName: string;
  email: string;
  roles: string[];
}

/** Colleagues the API lets this user pick (their reach), by name or e-mail. */
export const findUsers = (search: string) => api.get<{ items: Colleague[] }>(`/users?${new URLSearchParams({ search, limit: '20' })}`).then((r) => r.items);
