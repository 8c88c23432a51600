import { useEffect, useState } from 'react';
import { io } from 'socket.io-client';

/**
 * Keeps a socket.io connection open while logged in (the session cookie authenticates it)
 * and reports whether it is up; socket.io reconnects by itself.
 */
export function useLiveConnection(): boolean {
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    const socket = io({ path: '/socket.io', withCredentials: true });
    const up = () => setConnected(true);
    const down = () => setConnected(false);
    socket.on('connect', up);
    socket.on('disconnect', down);
    socket.on('connect_error', down);
    return () => {
      socket.off();
      socket.disconnect();
    };
  }, []);

  return connected;
}
