import { useCallback, useEffect, useState } from 'react';
import { useLiveEvent } from '../live/useLiveEvent';
import { requestsApi } from './api';

/** Listeners in this tab that a request was read here (the menu badge follows at once). */
const readHere = new Set<() => void>();
export const announceRead = () => readHere.forEach((f) => f());

/** How many incoming requests wait unread for me; follows the server's live count and reads in this tab. */
export function useUnreadRequests(): number {
  const [count, setCount] = useState(0);
  const load = useCallback(() => {
    requestsApi.unreadCount().then(setCount, () => undefined);
  }, []);
  useEffect(() => {
    load();
    readHere.add(load);
    return () => {
      readHere.delete(load);
    };
  }, [load]);
  // The server pushes the count to every tab of mine when a request is read or routed to me.
  useLiveEvent<{ count: number }>('incoming-requests:unread', (p) => setCount(p.count));
  return count;
}
