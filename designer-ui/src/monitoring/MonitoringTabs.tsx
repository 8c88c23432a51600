import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { User } from '../api/types';
import { funnelRoles, hasRole, monitorRoles, statisticsRoles } from './roles';
import { salesImporters } from '../analytics/roles';

/** The monitoring and analytics screens, one tab each, shown to those who may open them. */
const tabs = [
  { path: '/monitoring', label: 'monitoring.tabs.instances', roles: monitorRoles, id: 'instances' },
  { path: '/analytics', label: 'monitoring.tabs.heatmap', roles: statisticsRoles, id: 'heatmap' },
  { path: '/analytics/funnel', label: 'monitoring.tabs.funnel', roles: funnelRoles, id: 'funnel' },
  { path: '/analytics/abc-xyz', label: 'monitoring.tabs.abcXyz', roles: undefined, id: 'abc-xyz' },
  { path: '/analytics/segmentation', label: 'monitoring.tabs.segmentation', roles: undefined, id: 'segmentation' },
  { path: '/analytics/sales-import', label: 'monitoring.tabs.salesImport', roles: salesImporters, id: 'sales-import' },
];

export function MonitoringTabs({ user }: { user: User }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const mine = tabs.filter((tab) => hasRole(user, tab.roles));
  // The longest matching path wins: /analytics/funnel is not the heatmap's /analytics.
  const current = mine
    .filter((tab) => pathname === tab.path || pathname.startsWith(`${tab.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path ?? null;
  return (
    <Tabs value={current} onChange={(path) => path && void navigate(path)} mb="md" data-testid="monitoring-tabs">
      <Tabs.List>
        {mine.map((tab) => (
          <Tabs.Tab key={tab.path} value={tab.path} data-testid={`tab-${tab.id}`}>
            {t(tab.label)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
