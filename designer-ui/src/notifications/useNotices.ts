import { useCallback, useEffect, useState } from 'react';
import { useLiveEvent } from '../live/useLiveEvent';
import { listNotices, markAllRead, markRead, type Notice } from './api';

const TOAST_MS = 8000;

/** My notifications and the unread count, kept live; a pushed one also shows as a toast for a while. */
export function useNotices() {
  const [items, setItems] = useState<Notice[]>([]);
  const [unread, setUnread] = useState(0);
  const [toasts, setToasts] = useState<Notice[]>([]);

  const reload = useCallback(async () => {
    const page = await listNotices().catch(() => null);
    if (!page) return;
    setItems(page.items);
    setUnread(page.unread);
  }, []);
  useEffect(() => void reload(), [reload]);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((n) => n.id !== id)), []);
  useLiveEvent<Notice>('notification', (notice) => {
    setToasts((list) => [notice, ...list.filter((n) => n.id !== notice.id)].slice(0, 3));
    setTimeout(() => dismiss(notice.id), TOAST_MS);
    void reload();
  });

  return {
    items,
    unread,
    toasts,
    dismiss,
    read: async (id: number) => {
      await markRead(id);
      await reload();
    },
    readAll: async () => {
      await markAllRead();
      await reload();
    },
  };
}
