import openapiTS, { astToString } from 'openapi-typescript';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRoutes } from '../../api/app.ts';
import { buildOpenApi } from '../../api/openapi.ts';
import type { AnyRoute } from '../../api/route.ts';

/** Where the UI reads the API's types from; committed so the UI builds without a server. */
export const uiTypesFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../designer-ui/src/api/schema.d.ts');

const header = `/**
 * The API's request and response types, generated from its OpenAPI document.
 * Do not edit: run \`npm run api:types\` after changing a route's schemas.
 */

`;

/** The UI's type file as the routes describe the API right now (no server, no database). */
export async function generateUiTypes(routes: AnyRoute[] = allRoutes({} as never)): Promise<string> {
  // Building the document only reads the routes' zod schemas; their handlers never run.
  const doc = buildOpenApi(routes);
  const ast = await openapiTS(JSON.parse(JSON.stringify(doc)), { alphabetize: false });
  return header + astToString(ast);
}
