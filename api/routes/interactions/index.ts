import type { AnyRoute } from '../../route.ts';
import type { ApiContext } from '../../context.ts';
import { interactionAnalyticsRoutes } from './analytics.routes.ts';
import { incomingRequestRoutes } from './incoming-request.routes.ts';
import { interactionRoutes } from './interaction.routes.ts';
import { reminderRoutes } from './reminder.routes.ts';

/** Interactions, incoming requests, reminders and the per-employee analysis. */
export function interactionRoutesAll(ctx: ApiContext): AnyRoute[] {
  return [...interactionRoutes(ctx), ...incomingRequestRoutes(ctx), ...reminderRoutes(ctx), ...interactionAnalyticsRoutes()];
}
