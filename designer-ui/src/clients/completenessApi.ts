import { api } from '../api/client';
import type { Schema } from '../api/types';

export type CompletenessReport = Schema<'CompletenessReport'>;

/** The report over the clients of a list filter (its query string, as the client list sends it). */
export const completenessReport = (filterQuery: string, signal?: AbortSignal) =>
  api.get<CompletenessReport>(`/reports/client-completeness${filterQuery ? `?${filterQuery}` : ''}`, { signal });
