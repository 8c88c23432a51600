import { listQuery } from './clientsApi';
import type { ListFilter } from './types';

/** The completeness report over the list's current filter (a saved segment's members are not a filter: the whole reach then). */
export function completenessLink(filter: ListFilter): string {
  if (filter.segmentId) return '/clients/completeness';
  const params = new URLSearchParams(listQuery(filter));
  params.delete('sort');
  params.delete('limit');
  const q = params.toString();
  return q ? `/clients/completeness?${q}` : '/clients/completeness';
}
