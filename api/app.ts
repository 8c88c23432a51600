import cookieParser from 'cookie-parser';
import express, { Router } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import swaggerUi from 'swagger-ui-express';
import type { ApiContext } from './context.ts';
import { API_PREFIX, buildOpenApi } from './openapi.ts';
import { Problem, problemHandler, sendProblem } from './problem.ts';
import { mount, type AnyRoute } from './route.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { processDefinitionRoutes } from './routes/process-definition.routes.ts';
import { processInstanceAdminRoutes } from './routes/process-instance-admin.routes.ts';
import { processStatisticsRoutes } from './routes/process-statistics.routes.ts';
import { processInstanceRoutes } from './routes/process-instance.routes.ts';
import { notificationRoutes } from './routes/notification.routes.ts';
import { calendarRoutes } from './routes/calendar.routes.ts';
import { taskRoutes } from './routes/task.routes.ts';
import { inboxRoutes } from './routes/inbox.routes.ts';
import { messageRoutes } from './routes/message.routes.ts';
import { incidentRoutes } from './routes/incident.routes.ts';
import { roundTripRoutes } from './routes/round-trip.routes.ts';
import { setupRoutes } from './routes/setup.routes.ts';
import { userRoutes } from './routes/users.routes.ts';
import { userAdminRoutes } from './routes/user-admin.routes.ts';
import { teamAdminRoutes } from './routes/team-admin.routes.ts';
import { salesRoutes } from './routes/sales/index.ts';
import { clientAdminRoutes } from './routes/clients/client-admin.routes.ts';
import { contactRoutes } from './routes/clients/contact.routes.ts';
import { counterpartyRoutes } from './routes/clients/counterparty.routes.ts';
import { interactionRoutesAll } from './routes/interactions/index.ts';
import { duplicateRoutes } from './routes/clients/duplicate.routes.ts';
import { segmentRoutes } from './routes/clients/segment.routes.ts';
import { analysisRoutes } from './routes/clients/analysis.routes.ts';
import { importRoutes } from './routes/clients/import.routes.ts';
import { maxFileBytes, tableMimeTypes } from '../domain/clients/index.ts';

export function allRoutes(ctx: ApiContext): AnyRoute[] {
  return [
    ...healthRoutes(ctx),
    ...setupRoutes(ctx),
    ...authRoutes(ctx),
    ...roundTripRoutes(ctx),
    ...processDefinitionRoutes(ctx),
    ...processInstanceAdminRoutes(ctx),
    ...processInstanceRoutes(ctx),
    ...messageRoutes(ctx),
    ...incidentRoutes(),
    ...processStatisticsRoutes(),
    ...taskRoutes(ctx),
    ...inboxRoutes(),
    ...userRoutes(),
    ...userAdminRoutes(ctx),
    ...teamAdminRoutes(),
    ...notificationRoutes(),
    ...calendarRoutes(),
    ...clientRoutes(),
    ...interactionRoutesAll(ctx),
    ...salesRoutes(ctx),
  ];
}

/** Client base: counterparties, contacts, relations, dossier, completeness, teams. */
function clientRoutes(): AnyRoute[] {
  // Fixed paths first: `/counterparties/duplicate-candidates` and `/export` must win over `/counterparties/:id`.
  return [...importRoutes(), ...duplicateRoutes(), ...segmentRoutes(), ...analysisRoutes(), ...counterpartyRoutes(), ...contactRoutes(), ...clientAdminRoutes()];
}

/** The Express app: JSON API under /api/v1, its OpenAPI document and docs page, and the built UI. */
export function createApp(ctx: ApiContext, opts: { uiDir?: string } = {}) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(express.json({ limit: '2mb', strict: true }));
  app.use(express.text({ type: ['application/xml', 'text/xml', 'application/bpmn+xml'], limit: '10mb' }));
  // CSV and XLSX uploads (client imports) arrive as raw bytes; bigger ones answer 413.
  app.use(express.raw({ type: tableMimeTypes, limit: maxFileBytes }));
  app.use(cookieParser());

  const routes = allRoutes(ctx);
  const openapi = buildOpenApi(routes);
  const api = Router();
  // Answers are per user and change under the caller (a process moves a deal's stage without
  // a new ETag): browsers and proxies must not keep or revalidate them.
  api.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  for (const route of routes) mount(api, route, { em: () => ctx.orm.em.fork(), tokens: ctx.tokens });
  api.get('/openapi.json', (_req, res) => void res.json(openapi));
  api.use('/docs', swaggerUi.serve, swaggerUi.setup(openapi, { customSiteTitle: 'Process CRM API' }));
  api.use((req, res) => sendProblem(res, new Problem(404, 'not_found', 'No such endpoint', `${req.method} ${req.originalUrl}`)));
  app.use(API_PREFIX, api);

  if (opts.uiDir && fs.existsSync(path.join(opts.uiDir, 'index.html'))) {
    // Hashed asset names change with every build; index.html must not be cached.
    app.use('/assets', express.static(path.join(opts.uiDir, 'assets'), { maxAge: '30d', immutable: true }));
    app.use(express.static(opts.uiDir, { index: false, maxAge: 0 }));
    // Client-side routes (/inbox, /designer/...) all load the single-page app.
    app.get(/^\/(?!api\/).*/, (_req, res) =>
      res.setHeader('cache-control', 'no-cache').sendFile(path.join(opts.uiDir!, 'index.html')),
    );
  }
  app.use(problemHandler);
  return app;
}
