import { api } from '../api/client';
import type { ApiResponse, Schema } from '../api/types';

export type TeamOverview = Schema<'TeamOverview'>;
export type TeamMembers = ApiResponse<'/api/v1/teams/{id}/members'>;

export const teamOverview = (signal?: AbortSignal) => api.get<ApiResponse<'/api/v1/teams/overview'>>('/teams/overview', { signal }).then((r) => r.items);

export const teamMembers = (id: number, signal?: AbortSignal) => api.get<TeamMembers>(`/teams/${id}/members`, { signal });

export const createTeam = (name: string, headId: number | null) => api.post<Schema<'Team'>>('/teams', { name, headId });

/** Rename or change the head; the ETag of the version read goes in If-Match so a concurrent edit is refused. */
export const updateTeam = (id: number, lockVersion: number, body: { name?: string; headId?: number | null }) =>
  api.patch<Schema<'Team'>>(`/teams/${id}`, body, { ifMatch: `W/"${lockVersion}"` });

export const addMember = (id: number, userId: number, move = false) => api.post<TeamMembers>(`/teams/${id}/members`, { userId, move });

export const removeMember = (id: number, userId: number) => api.delete<TeamMembers>(`/teams/${id}/members/${userId}`);
