import { api, newIdempotencyKey } from '../api/client';
import type { ApiBody, ApiResponse, Schema } from '../api/types';

export type Interaction = Schema<'Interaction'>;
export type Reminder = Schema<'Reminder'>;
export type IncomingRequest = Schema<'IncomingRequest'>;
export type EmployeeFigures = Schema<'EmployeeInteractionFigures'>;
export type Team = Schema<'Team'>;
export type InteractionInput = ApiBody<'/api/v1/interactions'>;
export type CompleteInput = ApiBody<'/api/v1/interactions/{id}/complete'>;
export type RequestInput = ApiBody<'/api/v1/incoming-requests'>;
export type Colleague = ApiResponse<'/api/v1/inbox/delegates'>['items'][number];

export const loggedKinds = ['call', 'meeting', 'email', 'note'] as const;
export const plannedKinds = ['contact', 'call', 'meeting', 'email'] as const;
export const allKinds = ['call', 'meeting', 'email', 'note', 'contact'] as const;
export const requestChannels = ['phone', 'email', 'messenger', 'sms', 'web', 'visit'] as const;

const query = (params: Record<string, string | number | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  return q.toString();
};

export const interactionsApi = {
  /** A client's planned contacts (late ones included), soonest first. */
  planned: (counterpartyId: number, signal?: AbortSignal) =>
    api.get<ApiResponse<'/api/v1/interactions'>>(`/interactions?${query({ counterpartyId, state: 'planned', sort: 'at', limit: 100 })}`, { signal }),
  get: (id: number, signal?: AbortSignal) => api.get<Interaction>(`/interactions/${id}`, { signal }),
  create: (input: InteractionInput, idempotencyKey = newIdempotencyKey()) => api.post<Interaction>('/interactions', input, { idempotencyKey }),
  complete: (id: number, input: CompleteInput) => api.post<Interaction>(`/interactions/${id}/complete`, input),
  cancel: (id: number, reason?: string) => api.post<Interaction>(`/interactions/${id}/cancel`, reason ? { reason } : {}),
};

export const remindersApi = {
  create: (input: ApiBody<'/api/v1/reminders'>, idempotencyKey = newIdempotencyKey()) => api.post<Reminder>('/reminders', input, { idempotencyKey }),
  scheduled: () => api.get<ApiResponse<'/api/v1/reminders'>>('/reminders?state=scheduled'),
  move: (id: number, at: string) => api.patch<Reminder>(`/reminders/${id}`, { at }),
  cancel: (id: number) => api.post<Reminder>(`/reminders/${id}/cancel`),
};

export const requestsApi = {
  list: (unread?: boolean) => api.get<ApiResponse<'/api/v1/incoming-requests'>>(`/incoming-requests?${query({ unread: unread ? 'true' : undefined, limit: 200 })}`),
  unreadCount: () => api.get<ApiResponse<'/api/v1/incoming-requests'>>('/incoming-requests?unread=true&limit=1').then((r) => r.unreadCount),
  register: (input: RequestInput, idempotencyKey = newIdempotencyKey()) => api.post<IncomingRequest>('/incoming-requests', input, { idempotencyKey }),
  read: (id: number) => api.post<IncomingRequest>(`/incoming-requests/${id}/read`),
};

/** Anyone active but me (the colleagues a contact or a request can go to), by name or e-mail. */
export const findColleagues = (q: string) => api.get<ApiResponse<'/api/v1/inbox/delegates'>>(`/inbox/delegates?${query({ q })}`).then((r) => r.items);
export const listTeams = () => api.get<ApiResponse<'/api/v1/teams'>>('/teams').then((r) => r.items);

export interface FiguresFilter {
  from: string;
  to: string;
  team?: number;
  userId?: number;
}
export const figuresQuery = (f: FiguresFilter) => query({ from: f.from, to: f.to, team: f.team, userId: f.userId });
export const interactionFigures = (f: FiguresFilter) => api.get<ApiResponse<'/api/v1/analytics/interactions'>>(`/analytics/interactions?${figuresQuery(f)}`);
