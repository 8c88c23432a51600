import { Navigate } from 'react-router';
import type { User } from '../api/types';
import { hasRole, statisticsRoles } from '../monitoring/roles';
import { HeatmapPage } from './HeatmapPage';

/** The Statistics menu item: the heatmap for those who may read process statistics, else the sales funnel. */
export function AnalyticsHome({ user }: { user: User }) {
  return hasRole(user, statisticsRoles) ? <HeatmapPage user={user} /> : <Navigate to="/analytics/funnel" replace />;
}
