import { useEffect, useRef } from 'react';
import { acquireSocket, releaseSocket } from './liveSocket';

/** Calls `handler` for every socket.io `event` pushed to this user while the component lives. */
export function useLiveEvent<T>(event: string, handler: (payload: T) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const socket = acquireSocket();
    const listener = (payload: T) => latest.current(payload);
    socket.on(event, listener);
    return () => {
      socket.off(event, listener);
      releaseSocket();
    };
  }, [event]);
}
