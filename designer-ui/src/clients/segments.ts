import { api } from '../api/client';
import type { ApiResponse, Schema } from '../api/types';
import type { ListFilter } from './types';

export type Segment = Schema<'Segment'>;

type Condition =
  | { field: 'status' | 'industry' | 'region'; op: 'in'; values: string[] }
  | { field: 'tags'; op: 'hasAll'; values: string[] }
  | { field: 'responsibleId'; op: 'in'; values: number[] };

/**
 * The list's filters as segment rules, meaning the same as on the list (equal industry and
 * region, any of the statuses, all of the tags). The search box is not a rule: null when
 * nothing but a search is set.
 */
export function rulesOf(filter: ListFilter): ({ all: Condition[] } & Schema<'SegmentRule'>) | null {
  const all: Condition[] = [];
  if (filter.status?.length) all.push({ field: 'status', op: 'in', values: filter.status });
  if (filter.industry?.trim()) all.push({ field: 'industry', op: 'in', values: [filter.industry.trim()] });
  if (filter.region?.trim()) all.push({ field: 'region', op: 'in', values: [filter.region.trim()] });
  if (filter.tags?.length) all.push({ field: 'tags', op: 'hasAll', values: filter.tags });
  if (filter.responsibleId) all.push({ field: 'responsibleId', op: 'in', values: [filter.responsibleId] });
  return all.length ? { all } : null;
}

export const segmentsApi = {
  list: (signal?: AbortSignal) => api.get<ApiResponse<'/api/v1/segments'>>('/segments', { signal }),
  count: (id: number, signal?: AbortSignal) => api.get<ApiResponse<'/api/v1/segments/{id}'>>(`/segments/${id}`, { signal }),
  save: (name: string, rules: NonNullable<ReturnType<typeof rulesOf>>) => api.post<Segment>('/segments', { name, rules }),
};
