import type { Request, Response, Router } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from 'zod-openapi';
import { userFromToken, tokenFrom, type CurrentUser } from './auth/session.ts';
import type { SessionTokens } from './auth/tokens.ts';
import { Problem, fromZod } from './problem.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Access = 'public' | 'user' | { roles: string[] };

export interface RouteContext<P, Q, B, A extends Access> {
  req: Request;
  res: Response;
  em: EntityManager;
  /** Who is asking; public routes do not look. */
  user: A extends 'public' ? null : CurrentUser;
  params: P;
  query: Q;
  body: B;
}

export interface RouteResult {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, A extends Access = Access> {
  method: Method;
  /** Express path under /api/v1, e.g. `/system/round-trips/:workflowId`. */
  path: string;
  summary: string;
  tags: string[];
  access: A;
  params?: P;
  query?: Q;
  body?: B;
  /** `xml`: the body is a raw XML document (BPMN), validated as a string. `file`: a raw CSV or XLSX upload, `req.body` is a Buffer. */
  bodyType?: 'json' | 'xml' | 'file';
  responses: Record<number, { description: string; schema?: z.ZodType }>;
  handle(ctx: RouteContext<z.infer<P>, z.infer<Q>, z.infer<B>, A>): Promise<RouteResult>;
}

/** Erases the generics so routes of different shapes sit in one list. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteSpec<any, any, any, any>;

export function defineRoute<
  A extends Access,
  P extends z.ZodType = z.ZodObject,
  Q extends z.ZodType = z.ZodObject,
  B extends z.ZodType = z.ZodUndefined,
>(spec: RouteSpec<P, Q, B, A>): RouteSpec<P, Q, B, A> {
  return spec;
}

export interface RouteDeps {
  em: () => EntityManager;
  tokens: SessionTokens;
}

/** Registers a route: checks who asks, validates params, query and body, answers JSON. */
export function mount(router: Router, route: AnyRoute, deps: RouteDeps): void {
  router[route.method](route.path, async (req, res) => {
    const em = deps.em();
    const user = route.access === 'public' ? null : await userFromToken(deps.tokens, em, tokenFrom(req));
    if (user && typeof route.access === 'object' && !(route.access.roles as string[]).some((r) => user.roles.includes(r))) {
      throw new Problem(403, 'auth.forbidden', 'Forbidden', 'Your roles do not allow this');
    }
    const params = parse(route.params, req.params, 'params');
    const query = parse(route.query, req.query, 'query');
    const body = route.body ? parse(route.body, req.body ?? (route.bodyType === 'xml' ? '' : {}), 'body') : undefined;
    const result = await route.handle({ req, res, em, user, params, query, body });
    if (res.headersSent) return;
    for (const [k, v] of Object.entries(result.headers ?? {})) res.setHeader(k, v);
    res.status(result.status ?? 200);
    if (result.body === undefined) res.end();
    else res.json(result.body);
  });
}

function parse(schema: z.ZodType | undefined, value: unknown, where: 'body' | 'query' | 'params'): unknown {
  if (!schema) return value;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw fromZod(parsed.error, where);
  return parsed.data;
}

const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ field: z.string(), pointer: z.string(), code: z.string(), message: z.string(), params: z.record(z.string(), z.unknown()).optional() }))
      .optional(),
  })
  .meta({ id: 'Problem' });

const binary = z.string().meta({ format: 'binary' });
const fileBody = {
  required: true,
  content: { 'text/csv': { schema: binary }, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: binary } },
};

/** OpenAPI paths for a list of routes, generated from the same zod schemas that validate them. */
export function openApiPaths(routes: AnyRoute[], prefix: string): ZodOpenApiPathsObject {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const path = prefix + route.path.replace(/:(\w+)/g, '{$1}');
    const operation: ZodOpenApiOperationObject = {
      summary: route.summary,
      tags: route.tags,
      ...(route.access === 'public' ? { security: [] } : {}),
      requestParams: {
        ...(route.params ? { path: route.params } : {}),
        ...(route.query ? { query: route.query } : {}),
      },
      ...(route.bodyType === 'file'
        ? { requestBody: fileBody }
        : route.body
        ? { requestBody: { content: { [route.bodyType === 'xml' ? 'application/xml' : 'application/json']: { schema: route.body } } } }
        : {}),
      responses: Object.fromEntries(
        Object.entries(route.responses).map(([status, r]) => [
          status,
          {
            description: r.description,
            ...(r.schema
              ? { content: { [Number(status) >= 400 ? 'application/problem+json' : 'application/json']: { schema: r.schema } } }
              : Number(status) >= 400
                ? { content: { 'application/problem+json': { schema: problemSchema } } }
                : {}),
          },
        ]),
      ),
    };
    paths[path] = { ...paths[path], [route.method]: operation };
  }
  return paths;
}
