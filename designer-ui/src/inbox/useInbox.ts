import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveEvent } from '../live/useLiveEvent';
import { inboxCounts, listInbox, type InboxFilters, type InboxItem, type InboxSort, type InboxView } from './api';

interface InboxState {
  items: InboxItem[];
  counts: Record<InboxView, number> | null;
  loading: boolean;
  error: unknown;
}

/**
 * The list and counts of a view, refreshed whenever the server says an inbox changed (a task
 * arrived, was claimed, delegated or completed) or a notification arrived (a reminder rang, a
 * contact became overdue), so the screen stays current without a reload.
 */
export function useInbox(view: InboxView, sort: InboxSort, filters: InboxFilters) {
  const [state, setState] = useState<InboxState>({ items: [], counts: null, loading: true, error: null });
  const request = useRef(0);
  const { processKey, counterpartyId } = filters;

  const reload = useCallback(async () => {
    const mine = ++request.current;
    try {
      const f = { processKey, counterpartyId };
      const [list, counts] = await Promise.all([listInbox(view, sort, f), inboxCounts(f)]);
      // An older answer arriving late must not overwrite a newer one.
      if (mine === request.current) setState({ items: list.items, counts, loading: false, error: null });
    } catch (error) {
      if (mine === request.current) setState((s) => ({ ...s, loading: false, error }));
    }
  }, [view, sort, processKey, counterpartyId]);

  useEffect(() => {
    setState((s) => ({ ...s, loading: true }));
    void reload();
  }, [reload]);

  useLiveEvent('inbox.changed', () => void reload());
  useLiveEvent('notification', () => void reload());
  return { ...state, reload };
}
