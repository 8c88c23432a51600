import type { User } from '../api/types';

/** Who sees which monitoring screen; the API checks the same (and refuses anyone else). */
export const monitorRoles = ['admin', 'process_owner', 'analyst', 'head_of_sales'];
/** Per-node statistics (the heatmap): GET /process-definitions/:key/statistics. */
export const statisticsRoles = ['admin', 'process_owner', 'analyst', 'head_of_sales'];
/** The sales funnel: the API's sales readers. */
export const funnelRoles = ['admin', 'head_of_sales', 'sales_manager', 'marketer', 'analyst'];
/** Cancelling instances and retrying incidents. */
export const operatorRoles = ['admin', 'process_owner'];

export const hasRole = (user: User, roles: string[] | undefined) => !roles || roles.some((r) => user.roles.includes(r));
/** Everyone with at least one analytics screen: the Statistics menu item. */
export const analyticsRoles = [...new Set([...statisticsRoles, ...funnelRoles])];
