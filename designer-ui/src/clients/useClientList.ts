import { useCallback, useEffect, useRef, useState } from 'react';
import { clientsApi } from './clientsApi';
import type { Counterparty, ListFilter } from './types';

/** One filtered list, page by page: a new filter starts over, `loadMore` follows the cursor. */
export function useClientList(filter: ListFilter) {
  const [items, setItems] = useState<Counterparty[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(filter);
  const current = useRef(key);

  useEffect(() => {
    current.current = key;
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    clientsApi
      .list(JSON.parse(key) as ListFilter, null, controller.signal)
      .then((page) => {
        setItems(page.items);
        setCursor(page.nextCursor);
      })
      .catch((err: unknown) => controller.signal.aborted || setError(err))
      .finally(() => controller.signal.aborted || setLoading(false));
    return () => controller.abort();
  }, [key, generation]);

  const loadMore = useCallback(async () => {
    if (!cursor) return;
    setLoading(true);
    try {
      const page = await clientsApi.list(JSON.parse(key) as ListFilter, cursor);
      // A filter changed while the page was on its way: that page belongs to the old list.
      if (current.current !== key) return;
      setItems((before) => [...before, ...page.items]);
      setCursor(page.nextCursor);
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  }, [cursor, key]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { items, hasMore: cursor !== null, loading, error, loadMore, reload };
}
