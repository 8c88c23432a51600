import { useEffect, useState } from 'react';
import { acquireSocket, releaseSocket } from '../live/liveSocket';

/**
 * Keeps the tab's socket.io connection open while logged in (the session cookie authenticates
 * it) and reports whether it is up; socket.io reconnects by itself.
 */
export function useLiveConnection(): boolean {
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    const socket = acquireSocket();
    const up = () => setConnected(true);
    const down = () => setConnected(false);
    setConnected(socket.connected);
    socket.on('connect', up);
    socket.on('disconnect', down);
    socket.on('connect_error', down);
    return () => {
      socket.off('connect', up);
      socket.off('disconnect', down);
      socket.off('connect_error', down);
      releaseSocket();
    };
  }, []);

  return connected;
}
