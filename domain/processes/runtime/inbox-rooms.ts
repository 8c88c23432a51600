import type { Task } from './task.entity.ts';

/**
 * The socket.io rooms whose inboxes show a task: its assignee, candidate users, candidate
 * groups (roles), whoever delegated it, plus `alsoUsers` (e.g. the assignee it just left).
 */
export function inboxRooms(task: Pick<Task, 'assigneeId' | 'candidateUsers' | 'candidateGroups' | 'delegatedBy'>, alsoUsers: (number | null)[] = []): string[] {
  const users = [task.assigneeId, task.delegatedBy, ...task.candidateUsers, ...alsoUsers].filter((id): id is number => typeof id === 'number');
  return [...new Set([...users.map((id) => `user:${id}`), ...task.candidateGroups.map((g) => `role:${g}`)])];
}

export type InboxChange = 'created' | 'claimed' | 'unclaimed' | 'delegated' | 'completed' | 'cancelled';
