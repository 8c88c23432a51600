import { useCallback, useEffect, useState } from 'react';
import { listInstances, type InstanceFilter, type InstanceSummary } from './api';

/** Instances matching a filter, page by page (cursor paging: "more" appends the next page). */
export function useInstanceList(filter: InstanceFilter) {
  const [items, setItems] = useState<InstanceSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(
    async (after?: string) => {
      setLoading(true);
      try {
        const page = await listInstances(filter, after);
        setItems((before) => (after ? [...before, ...page.items] : page.items));
        setCursor(page.nextCursor);
        setError(null);
      } catch (err) {
        setError(err);
      } finally {
        setLoading(false);
      }
    },
    [filter],
  );

  useEffect(() => {
    void load();
  }, [load]);

  return { items, loading, error, hasMore: cursor !== null, loadMore: () => load(cursor ?? undefined), reload: () => load() };
}
