import { createDocument } from 'zod-openapi';
import { openApiPaths, type AnyRoute } from './route.ts';
import { appVersion } from './version.ts';

export const API_PREFIX = '/api/v1';

/** OpenAPI 3.1, generated from the zod schemas the routes validate with. */
export function buildOpenApi(routes: AnyRoute[]) {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Process CRM API',
      version: appVersion,
      description: 'Errors are RFC 9457 problem+json documents; `errors[].field` names the offending input.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }, { cookie: [] }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'crm_session' },
      },
    },
    paths: openApiPaths(routes, API_PREFIX),
  });
}
