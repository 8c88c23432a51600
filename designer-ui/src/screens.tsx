import type { ReactNode } from 'react';
import type { User } from './api/types';
import { ClientCardPage } from './clients/ClientCardPage';
import { ClientCreatePage } from './clients/ClientCreatePage';
import { ClientListPage } from './clients/ClientListPage';
import { DuplicatesPage } from './clients/DuplicatesPage';
import { DealPage } from './deals/DealPage';
import { DealsPage } from './deals/DealsPage';
import { HomePage } from './pages/HomePage';
import { InboxPage } from './inbox/InboxPage';
import { TaskPage } from './inbox/TaskPage';
import { AbcXyzScreen, AnalyticsScreen, FunnelScreen, InstanceListScreen, InstanceScreen } from './monitoring/lazyScreens';
import { analyticsRoles, funnelRoles, monitorRoles } from './monitoring/roles';
import { processDesigners, ProcessDesignerScreen, ProcessesScreen, ProcessVersionScreen, ProcessVersionsScreen } from './processes';
import { ContractsPage } from './sales/ContractsPage';
import { PerformancePage } from './sales/PerformancePage';
import { performanceReaders } from './sales/roles';
import { ShipmentsPage } from './sales/ShipmentsPage';
import { UsersPage } from './users/UsersPage';

/**
 * The screens after login. Each feature adds its entry here: the path, the navigation key
 * (`nav.<key>` label) when it has a menu item, and who may see it (hidden otherwise; the API
 * refuses anyway).
 */
export interface Screen {
  path: string;
  nav?: string;
  /** Roles that see the screen; absent = every logged-in user. */
  roles?: string[];
  render: (user: User) => ReactNode;
}

const salesRoles = ['admin', 'head_of_sales', 'sales_manager', 'marketer', 'analyst'];

export const screens: Screen[] = [
  { path: '/inbox', nav: 'inbox', render: () => <InboxPage /> },
  { path: '/inbox/tasks/*', render: (user) => <TaskPage user={user} /> },
  { path: '/', nav: 'home', render: (user) => <HomePage user={user} /> },
  { path: '/clients', nav: 'clients', render: (user) => <ClientListPage user={user} /> },
  { path: '/clients/new', render: () => <ClientCreatePage /> },
  { path: '/clients/duplicates', render: (user) => <DuplicatesPage user={user} /> },
  { path: '/clients/:id', render: (user) => <ClientCardPage user={user} /> },
  { path: '/deals', nav: 'deals', roles: salesRoles, render: () => <DealsPage /> },
  { path: '/deals/:id', roles: salesRoles, render: (user) => <DealPage user={user} /> },
  { path: '/shipments', nav: 'shipments', roles: salesRoles, render: (user) => <ShipmentsPage user={user} /> },
  { path: '/contracts', nav: 'contracts', roles: salesRoles, render: (user) => <ContractsPage user={user} /> },
  { path: '/performance', nav: 'performance', roles: performanceReaders, render: () => <PerformancePage /> },
  { path: '/processes', nav: 'processes', roles: processDesigners, render: () => <ProcessesScreen /> },
  { path: '/processes/new', roles: processDesigners, render: () => <ProcessDesignerScreen /> },
  { path: '/processes/:key', roles: processDesigners, render: () => <ProcessDesignerScreen /> },
  { path: '/processes/:key/versions', roles: processDesigners, render: () => <ProcessVersionsScreen /> },
  { path: '/processes/:key/versions/:number', roles: processDesigners, render: () => <ProcessVersionScreen /> },
  { path: '/monitoring', nav: 'monitoring', roles: monitorRoles, render: (user) => <InstanceListScreen user={user} /> },
  { path: '/monitoring/instances/:workflowId', roles: monitorRoles, render: (user) => <InstanceScreen user={user} /> },
  { path: '/analytics', nav: 'statistics', roles: analyticsRoles, render: (user) => <AnalyticsScreen user={user} /> },
  { path: '/analytics/funnel', roles: funnelRoles, render: (user) => <FunnelScreen user={user} /> },
  { path: '/analytics/abc-xyz', render: (user) => <AbcXyzScreen user={user} /> },
  { path: '/users', nav: 'users', roles: ['admin'], render: () => <UsersPage /> },
];

/** Menu items of screens not built yet, shown disabled so people see where the product goes. */
export const comingSoon: string[] = [];

export const visibleTo = (user: User) => (screen: Screen) => !screen.roles || screen.roles.some((r) => user.roles.includes(r));
