import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { Deal } from '../deals/api';
import { catalogueApi } from './api';

export interface SalesRefs {
  dealTitle: (id: number | null) => string;
  clientName: (id: number | null) => string;
}

const dealTitles = new Map<number, Promise<string>>();
const clientNames = new Map<number, Promise<string>>();

/** A name fetched once per page load; `#id` when the record is out of reach or gone. */
function cached(cache: Map<number, Promise<string>>, id: number, fetch: (id: number) => Promise<string>): Promise<string> {
  if (!cache.has(id)) cache.set(id, fetch(id).catch(() => `#${id}`));
  return cache.get(id)!;
}

const titleOf = (id: number) => cached(dealTitles, id, (d) => api.get<Deal>(`/deals/${d}`).then((r) => r.title));
const nameOf = (id: number) => cached(clientNames, id, (c) => api.get<{ name: string }>(`/counterparties/${c}`).then((r) => r.name));

/** The distinct ids of one column, as a stable key. */
function idsOf<K extends string>(rows: Record<K, number | null>[] | null, key: K): string {
  return [...new Set((rows ?? []).flatMap((r) => (r[key] === null ? [] : [r[key]])))].sort((a, b) => a - b).join(',');
}

/**
 * Deal titles and client names of the listed rows, so lists show names rather than ids. Only
 * the rows shown are looked up: a user may reach thousands of deals.
 */
export function useSalesRefs(rows: { dealId: number | null; counterpartyId: number | null }[] | null): SalesRefs {
  const [titles, setTitles] = useState<Map<number, string>>(new Map());
  const [names, setNames] = useState<Map<number, string>>(new Map());
  const dealKey = idsOf(rows, 'dealId');
  const clientKey = idsOf(rows, 'counterpartyId');

  useEffect(() => {
    let live = true;
    const ids = dealKey ? dealKey.split(',').map(Number) : [];
    void Promise.all(ids.map(async (id) => [id, await titleOf(id)] as const)).then((pairs) => live && setTitles(new Map(pairs)));
    return () => {
      live = false;
    };
  }, [dealKey]);
  useEffect(() => {
    let live = true;
    const ids = clientKey ? clientKey.split(',').map(Number) : [];
    void Promise.all(ids.map(async (id) => [id, await nameOf(id)] as const)).then((pairs) => live && setNames(new Map(pairs)));
    return () => {
      live = false;
    };
  }, [clientKey]);

  return {
    dealTitle: (id) => (id === null ? '—' : (titles.get(id) ?? `#${id}`)),
    clientName: (id) => (id === null ? '—' : (names.get(id) ?? `#${id}`)),
  };
}

const productNames = new Map<number, Promise<string>>();

/** A product's name, fetched once per page load. */
export function productName(id: number): Promise<string> {
  if (!productNames.has(id)) productNames.set(id, catalogueApi.product(id).then((p) => p.name, () => `#${id}`));
  return productNames.get(id)!;
}

/** Names of the given products, filled in as they arrive. */
export function useProductNames(ids: number[]): Map<number, string> {
  const [names, setNames] = useState<Map<number, string>>(new Map());
  const key = [...new Set(ids)].sort((a, b) => a - b).join(',');
  useEffect(() => {
    let live = true;
    const list = key ? key.split(',').map(Number) : [];
    void Promise.all(list.map(async (id) => [id, await productName(id)] as const)).then((pairs) => live && setNames(new Map(pairs)));
    return () => {
      live = false;
    };
  }, [key]);
  return names;
}
