import { io, type Socket } from 'socket.io-client';

let socket: Socket | null = null;
let users = 0;

/**
 * One socket.io connection per tab, shared by everything that listens (the live badge, the
 * inbox, the notification bell); the session cookie authenticates it. It closes when the last
 * user lets go (e.g. on logout).
 */
export function acquireSocket(): Socket {
  socket ??= io({ path: '/socket.io', withCredentials: true });
  users += 1;
  return socket;
}

export function releaseSocket(): void {
  users -= 1;
  if (users > 0 || !socket) return;
  socket.disconnect();
  socket = null;
}
