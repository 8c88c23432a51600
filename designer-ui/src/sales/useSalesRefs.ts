import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { ApiResponse } from '../api/types';
import type { Deal } from '../deals/api';
import { catalogueApi } from './api';

export interface SalesRefs {
  deals: Deal[];
  clients: { id: number; name: string }[];
  dealTitle: (id: number | null) => string;
  clientName: (id: number | null) => string;
}

/** Every deal within the user's reach (all pages), for pickers and names in lists. */
async function allDeals(): Promise<Deal[]> {
  const all: Deal[] = [];
  let after: string | null = null;
  do {
    const page: ApiResponse<'/api/v1/deals'> = await api.get(`/deals?limit=200${after ? `&after=${after}` : ''}`);
    all.push(...page.items);
    after = page.nextCursor;
  } while (after);
  return all;
}

/** The deals the user reaches and the names of their clients, so lists show names rather than ids. */
export function useSalesRefs(extraClientIds: number[] = []): SalesRefs {
  const [deals, setDeals] = useState<Deal[]>([]);
  const [names, setNames] = useState<Map<number, string>>(new Map());
  const extra = extraClientIds.join(',');

  useEffect(() => {
    let live = true;
    void allDeals()
      .then(async (list) => {
        if (!live) return;
        setDeals(list);
        const ids = [...new Set([...list.map((d) => d.counterpartyId), ...extra.split(',').filter(Boolean).map(Number)])];
        const found = await Promise.all(ids.map((id) => api.get<{ id: number; name: string }>(`/counterparties/${id}`).catch(() => null)));
        if (live) setNames(new Map(found.filter((c) => c !== null).map((c) => [c.id, c.name])));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [extra]);

  const titles = new Map(deals.map((d) => [d.id, d.title]));
  return {
    deals,
    clients: [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
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
