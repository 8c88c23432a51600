import type { ReactNode } from 'react';
import type { User } from './api/types';
import { ClientCardPage } from './clients/ClientCardPage';
import { ClientCreatePage } from './clients/ClientCreatePage';
import { ClientListPage } from './clients/ClientListPage';
import { DealPage } from './deals/DealPage';
import { DealsPage } from './deals/DealsPage';
import { HomePage } from './pages/HomePage';
import { InboxPage } from './inbox/InboxPage';
import { TaskPage } from './inbox/TaskPage';

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
  { path: '/clients/:id', render: (user) => <ClientCardPage user={user} /> },
  { path: '/deals', nav: 'deals', roles: salesRoles, render: () => <DealsPage /> },
  { path: '/deals/:id', roles: salesRoles, render: () => <DealPage /> },
];

/** Menu items of screens not built yet, shown disabled so people see where the product goes. */
export const comingSoon: string[] = ['clients', 'deals', 'processes', 'statistics'];

export const visibleTo = (user: User) => (screen: Screen) => !screen.roles || screen.roles.some((r) => user.roles.includes(r));
