import type { ComponentType, ReactNode } from 'react';
import type { User } from './api/types';
import { ClientCardPage } from './clients/ClientCardPage';
import { ClientCreatePage } from './clients/ClientCreatePage';
import { ClientListPage } from './clients/ClientListPage';
import { DuplicatesPage } from './clients/DuplicatesPage';
import { DealPage } from './deals/DealPage';
import { DealsPage } from './deals/DealsPage';
import { ClientLinkRedirect } from './interactions/ClientLinkRedirect';
import { InteractionFiguresPage } from './interactions/InteractionFiguresPage';
import { InteractionPage } from './interactions/InteractionPage';
import { RequestsPage } from './interactions/RequestsPage';
import { figuresReaders, interactionReaders } from './interactions/roles';
import { UnreadRequestsBadge } from './interactions/UnreadRequestsBadge';
import { HomePage } from './pages/HomePage';
import { InboxPage } from './inbox/InboxPage';
import { leadReaders } from './leads/api';
import { LeadsPage } from './leads/LeadsPage';
import { TaskPage } from './inbox/TaskPage';
import { AbcXyzScreen, AnalyticsScreen, FunnelScreen, InstanceListScreen, InstanceScreen, SalesImportScreen, SegmentationScreen } from './monitoring/lazyScreens';
import { salesImporters } from './analytics/roles';
import { CompletenessReportPage } from './clients/CompletenessReportPage';
import { analyticsRoles, funnelRoles, monitorRoles } from './monitoring/roles';
import { processDesigners, ProcessDesignerScreen, ProcessesScreen, ProcessVersionScreen, ProcessVersionsScreen } from './processes';
import { ContractsPage } from './sales/ContractsPage';
import { PerformancePage } from './sales/PerformancePage';
import { performanceReaders } from './sales/roles';
import { ShipmentsPage } from './sales/ShipmentsPage';
import { TeamsPage } from './users/TeamsPage';
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
  /** Shown beside the menu item (a count of what waits). */
  badge?: ComponentType;
  render: (user: User) => ReactNode;
}

const salesRoles = ['admin', 'head_of_sales', 'sales_manager', 'marketer', 'analyst'];

export const screens: Screen[] = [
  { path: '/inbox', nav: 'inbox', render: (user) => <InboxPage user={user} /> },
  { path: '/inbox/tasks/*', render: (user) => <TaskPage user={user} /> },
  { path: '/', nav: 'home', render: (user) => <HomePage user={user} /> },
  { path: '/clients', nav: 'clients', render: (user) => <ClientListPage user={user} /> },
  { path: '/clients/new', render: () => <ClientCreatePage /> },
  { path: '/clients/duplicates', render: (user) => <DuplicatesPage user={user} /> },
  { path: '/clients/completeness', render: () => <CompletenessReportPage /> },
  { path: '/clients/:id', render: (user) => <ClientCardPage user={user} /> },
  { path: '/counterparties/:id', render: () => <ClientLinkRedirect /> },
  { path: '/incoming-requests', nav: 'requests', roles: interactionReaders, badge: UnreadRequestsBadge, render: (user) => <RequestsPage user={user} /> },
  { path: '/interactions/:id', roles: interactionReaders, render: (user) => <InteractionPage user={user} /> },
  { path: '/interactions-by-employee', nav: 'interactionFigures', roles: figuresReaders, render: () => <InteractionFiguresPage /> },
  { path: '/leads', nav: 'leads', roles: leadReaders, render: (user) => <LeadsPage user={user} /> },
  { path: '/deals', nav: 'deals', roles: salesRoles, render: (user) => <DealsPage user={user} /> },
  { path: '/deals/:id', roles: salesRoles, render: (user) => <DealPage user={user} /> },
  { path: '/shipments', nav: 'shipments', roles: salesRoles, render: (user) => <ShipmentsPage user={user} /> },
  { path: '/contracts', nav: 'contracts', roles: salesRoles, render: (user) => <ContractsPage user={user} /> },
  { path: '/contracts/:id', roles: salesRoles, render: (user) => <ContractsPage user={user} /> },
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
  { path: '/analytics/segmentation', render: (user) => <SegmentationScreen user={user} /> },
  { path: '/analytics/sales-import', roles: salesImporters, render: (user) => <SalesImportScreen user={user} /> },
  { path: '/users', nav: 'users', roles: ['admin'], render: (user) => <UsersPage user={user} /> },
  { path: '/teams', nav: 'teams', roles: ['admin'], render: () => <TeamsPage /> },
];

/** Menu items of screens not built yet, shown disabled so people see where the product goes. */
export const comingSoon: string[] = [];

export const visibleTo = (user: User) => (screen: Screen) => !screen.roles || screen.roles.some((r) => user.roles.includes(r));
