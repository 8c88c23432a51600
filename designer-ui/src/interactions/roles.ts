import type { User } from '../api/types';

/** Roles the API lets log and plan interactions, set reminders and register requests (domain/access grants). */
export const interactionWriters = ['admin', 'head_of_sales', 'sales_manager', 'agent'];
/** Roles that read interactions and requests: the writers plus the read-only marketer and analyst. */
export const interactionReaders = [...interactionWriters, 'marketer', 'analyst'];
/** Interactions by employee: heads see their teams, admins and analysts everyone. */
export const figuresReaders = ['admin', 'head_of_sales', 'analyst'];

export const mayWriteInteractions = (user: User) => user.roles.some((r) => interactionWriters.includes(r));
