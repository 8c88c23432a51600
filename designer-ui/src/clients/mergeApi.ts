import { api } from '../api/client';
import type { ApiResponse } from '../api/types';

type DuplicatePage = ApiResponse<'/api/v1/duplicates'>;
export type DuplicatePair = DuplicatePage['items'][number];
export type DuplicateReason = DuplicatePair['reasons'][number];

/** Both records, the fields the survivor takes over and the linked records that move to it. */
export type MergePreview = ApiResponse<'/api/v1/duplicates/merge-preview'>;

export const mergeApi = {
  pairs: (signal?: AbortSignal) => api.get<DuplicatePage>('/duplicates?limit=200', { signal }),
  /** The preview and its ETag: the versions of both records the user looked at. */
  preview: (survivor: number, merged: number) => api.tagged<MergePreview>(`/duplicates/merge-preview?survivor=${survivor}&merged=${merged}`),
  /** Refused with 412 when either record changed after the preview. */
  merge: (survivor: number, merged: number, etag: string) =>
    api.tagged<MergePreview>('/duplicates/merge', { method: 'POST', body: { survivor, merged }, ifMatch: etag }),
};

/** A field value as a person reads it: list items by their number, address or text. */
export function readable(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(readable).join(', ') || '—';
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    return String(v.number ?? v.address ?? v.text ?? v.url ?? JSON.stringify(v));
  }
  return String(value);
}
