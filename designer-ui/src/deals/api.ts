import { api, newIdempotencyKey } from '../api/client';
import type { ApiBody, ApiResponse, Schema } from '../api/types';

export type Deal = Schema<'Deal'>;
export type DealDetail = Schema<'DealDetail'>;
export type NewDeal = ApiBody<'/api/v1/deals'>;
export type DealEdit = ApiBody<'/api/v1/deals/{id}', 'patch'>;

export type DealChange = Schema<'DealChange'>;

/** The processes a deal can run; the board shows one at a time. */
export const dealProcesses = ['sales-pipeline', 'sales'] as const;

export type BoardColumn = Schema<'DealBoardColumn'>;

/** What narrows the board and the table; applied by the server, inside the user's reach. */
export interface DealFilter {
  processKey: string;
  responsibleId?: number;
  counterpartyId?: number;
  search?: string;
}

const filterParams = (f: DealFilter, extra: Record<string, string> = {}) =>
  new URLSearchParams({
    processKey: f.processKey,
    ...(f.responsibleId ? { responsibleId: String(f.responsibleId) } : {}),
    ...(f.counterpartyId ? { counterpartyId: String(f.counterpartyId) } : {}),
    ...(f.search?.trim() ? { search: f.search.trim() } : {}),
    ...extra,
  });

/** Cards a board column shows at first and adds per "show more". */
export const CARDS_PER_PAGE = 20;

/** The board: per stage the full count and sums (from the server) and its first cards. */
export const dealBoard = (f: DealFilter) => api.get<Schema<'DealBoard'>>(`/deals/board?${filterParams(f, { limit: String(CARDS_PER_PAGE) })}`);

/** The next cards of one column; `stage` null is the column of deals not placed yet. */
export const moreCards = (f: DealFilter, stage: string | null, offset: number) =>
  api.get<ApiResponse<'/api/v1/deals/board/cards'>>(`/deals/board/cards?${filterParams(f, { stage: stage ?? '', offset: String(offset), limit: String(CARDS_PER_PAGE) })}`);

/** One page of the deals table (the cursor of the previous page, or none for the first). */
export const dealsPage = (f: DealFilter, after: string | null) =>
  api.get<ApiResponse<'/api/v1/deals'>>(`/deals?${filterParams(f, { limit: '50', ...(after ? { after } : {}) })}`);

/** The same filter as an export of every matching deal. */
export const dealsExportPath = (f: DealFilter) => `/deals?${filterParams(f)}`;

/** Asks the deal's process to move it; the process may refuse (ApiError 409 with the allowed stages). */
export function moveDeal(id: number, stage: string, lostReason?: string) {
  return api.post<ApiResponse<'/api/v1/deals/{id}/move', 'post'>>(`/deals/${id}/move`, { stage, ...(lostReason ? { lostReason } : {}) });
}

export const getDeal = (id: number) => api.get<DealDetail>(`/deals/${id}`);
export const createDeal = (input: NewDeal, idempotencyKey = newIdempotencyKey()) => api.post<Deal>('/deals', input, { idempotencyKey });
export const updateDeal = (deal: Pick<Deal, 'id' | 'version'>, patch: DealEdit) => api.patch<Deal>(`/deals/${deal.id}`, patch, { ifMatch: `W/"${deal.version}"` });
export const dealHistory = (id: number) => api.get<ApiResponse<'/api/v1/deals/{id}/history'>>(`/deals/${id}/history`);
