import { api } from '../api/client';

export interface Deal {
  id: number;
  title: string;
  counterpartyId: number;
  amount: number;
  currency: string;
  expectedCloseDate: string | null;
  responsibleId: number | null;
  competitors: string[];
  lostReason: string | null;
  source: string | null;
  processKey: string;
  workflowId: string | null;
  stage: string | null;
  status: 'open' | 'won' | 'lost';
  closedAt: string | null;
  createdAt: string;
  version: number;
}

export interface DealChange {
  field: string;
  oldValue: unknown;
  newValue: unknown;
  actorId: number | null;
  /** The process instance that made the change (actorId is then null). */
  workflowId?: string | null;
  changedAt: string;
}

/** The processes a deal can run; the board shows one at a time. */
export const dealProcesses = ['sales-pipeline', 'sales'] as const;

/** Every deal of a process within the user's reach (all pages: a board shows them all). */
export async function listDeals(processKey: string): Promise<Deal[]> {
  const all: Deal[] = [];
  let after: string | null = null;
  do {
    const query = new URLSearchParams({ processKey, limit: '200', ...(after ? { after } : {}) });
    const page: { items: Deal[]; nextCursor: string | null } = await api.get(`/deals?${query}`);
    all.push(...page.items);
    after = page.nextCursor;
  } while (after);
  return all;
}

/** The stages of a process in funnel order (Won and Lost last), from the funnel API. */
export async function stagesOf(processKey: string): Promise<string[]> {
  const funnel = await api.get<{ process: { stages: string[] } }>(`/analytics/funnel?process=${encodeURIComponent(processKey)}`);
  return funnel.process.stages;
}

/** Asks the deal's process to move it; the process may refuse (ApiError 409 with the allowed stages). */
export function moveDeal(id: number, stage: string, lostReason?: string): Promise<{ from: string | null; to: string }> {
  return api.post(`/deals/${id}/move`, { stage, ...(lostReason ? { lostReason } : {}) });
}

export const getDeal = (id: number) => api.get<Deal>(`/deals/${id}`);
export const dealHistory = (id: number) => api.get<{ items: DealChange[] }>(`/deals/${id}/history`);
