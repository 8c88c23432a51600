import { api } from '../api/client';
import type { Counterparty } from './types';

export interface DuplicateReason {
  kind: 'taxId' | 'phone' | 'email' | 'name';
  value?: string;
  similarity?: number;
}

export interface DuplicatePair {
  a: { id: number; name: string };
  b: { id: number; name: string };
  score: number;
  reasons: DuplicateReason[];
}

export interface MergePreview {
  survivor: Counterparty;
  merged: Counterparty;
  /** Fields the survivor takes over from the merged record (empty on the survivor, or list items it lacks). */
  fields: { field: string; from: unknown; to: unknown }[];
  /** Linked records that move to the survivor, per kind. */
  moves: { name: string; count: number }[];
}

export const mergeApi = {
  pairs: (signal?: AbortSignal) => api.get<{ items: DuplicatePair[]; total: number; nextCursor: string | null }>('/duplicates?limit=200', { signal }),
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
