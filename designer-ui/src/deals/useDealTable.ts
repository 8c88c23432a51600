import { useCallback, useEffect, useRef, useState } from 'react';
import { dealsPage, type Deal, type DealFilter } from './api';

/** The deals table, a server page at a time: the first page per filter, then "show more". */
export function useDealTable(filter: DealFilter, active: boolean) {
  const [deals, setDeals] = useState<Deal[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);

  const load = useCallback(
    async (after: string | null) => {
      const ask = ++latest.current;
      setLoading(true);
      try {
        const page = await dealsPage(filter, after);
        if (ask !== latest.current) return;
        setDeals((old) => (after ? [...old, ...page.items] : page.items));
        setNext(page.nextCursor);
        setError(null);
      } catch (err) {
        if (ask === latest.current) setError(err);
      } finally {
        if (ask === latest.current) setLoading(false);
      }
    },
    [filter],
  );

  useEffect(() => {
    if (active) void load(null);
  }, [load, active]);

  return { deals, error, loading, hasMore: next !== null, showMore: () => load(next) };
}
