import { api } from '../api/client';
import type { ApiResponse, Schema } from '../api/types';

export type Deal = Schema<'Deal'>;

export type DealChange = Schema<'DealChange'>;

/** The processes a deal can run; the board shows one at a time. */
export const dealProcesses = ['sales-pipeline', 'sales'] as const;

/** Every deal of a process within the user's reach (all pages: a board shows them all). */
export async function listDeals(processKey: string): Promise<Deal[]> {
  const all: Deal[] = [];
  let after: string | null = null;
  do {
    const query = new URLSearchParams({ processKey, limit: '200', ...(after ? { after } : {}) });
    const page: ApiResponse<'/api/v1/deals'> = await api.get(`/deals?${query}`);
    all.push(...page.items);
    after = page.nextCursor;
  } while (after);
  return all;
}

/** The stages of a process in funnel order (Won and Lost last), from the funnel API. */
export async function stagesOf(processKey: string): Promise<string[]> {
  const funnel = await api.get<Schema<'SalesFunnel'>>(`/analytics/funnel?process=${encodeURIComponent(processKey)}`);
  return funnel.process.stages;
}

/** Asks the deal's process to move it; the process may refuse (ApiError 409 with the allowed stages). */
export function moveDeal(id: number, stage: string, lostReason?: string) {
  return api.post<ApiResponse<'/api/v1/deals/{id}/move', 'post'>>(`/deals/${id}/move`, { stage, ...(lostReason ? { lostReason } : {}) });
}

export const getDeal = (id: number) => api.get<Deal>(`/deals/${id}`);
export const dealHistory = (id: number) => api.get<ApiResponse<'/api/v1/deals/{id}/history'>>(`/deals/${id}/history`);
