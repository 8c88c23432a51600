import { api } from '../api/client';

export interface Notice {
  id: number;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export const listNotices = () => api.get<{ items: Notice[]; unread: number; nextCursor: number | null }>('/notifications?limit=30');
export const markRead = (id: number) => api.post<Notice>(`/notifications/${id}/read`);
export const markAllRead = () => api.post<{ marked: number }>('/notifications/read-all');
