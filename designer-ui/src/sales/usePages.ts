import { useCallback, useEffect, useState } from 'react';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * A list read page by page: the first page again whenever `fetchPage` changes (a new filter),
 * the next one appended on `load(next)`. `fetchPage` must be memoised by the caller.
 */
export function usePages<T>(fetchPage: (after: string | null) => Promise<Page<T>>) {
  const [items, setItems] = useState<T[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(
    async (after: string | null = null) => {
      try {
        const page = await fetchPage(after);
        setItems((known) => (after && known ? [...known, ...page.items] : page.items));
        setNext(page.nextCursor);
        setError(null);
      } catch (err) {
        setError(err);
      }
    },
    [fetchPage],
  );
  useEffect(() => {
    void load();
  }, [load]);
  return { items, next, error, load };
}
