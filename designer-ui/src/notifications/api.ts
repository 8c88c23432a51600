import { api } from '../api/client';
import type { ApiResponse, Schema } from '../api/types';

export type Notice = Schema<'Notification'>;

export const listNotices = () => api.get<ApiResponse<'/api/v1/notifications'>>('/notifications?limit=30');
export const markRead = (id: number) => api.post<Notice>(`/notifications/${id}/read`);
export const markAllRead = () => api.post<ApiResponse<'/api/v1/notifications/read-all', 'post'>>('/notifications/read-all');
