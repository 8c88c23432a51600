import type { components, paths } from './schema';

/**
 * Shapes of the API's requests and answers, taken from the types generated from its OpenAPI
 * document (`npm run api:types` writes ./schema.d.ts). Name a type here or beside its calls as an
 * alias of these, never restate it by hand: a restated shape drifts silently from the server.
 */

/** A named schema of the API (`components.schemas` in /api/v1/openapi.json). */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

type Path = keyof paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends Path, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<R> = R extends { content: { 'application/json': infer Body } } ? Body : never;
/** A route without a documented JSON shape gives a type no property access compiles against, not a silent `never`. */
type Documented<T> = [T] extends [never] ? { undocumented: 'Give this route a response (or body) schema on the server' } : T;

type Success<R> = R extends { 200: infer Ok } ? Ok : R extends { 201: infer Created } ? Created : R extends { 202: infer Accepted } ? Accepted : never;

/** The JSON a route answers with on success (its 200, else 201, else 202). */
export type ApiResponse<P extends Path, M extends Method = 'get'> = Documented<Operation<P, M> extends { responses: infer R } ? JsonOf<Success<R>> : never>;

/** The JSON body a route takes. */
export type ApiBody<P extends Path, M extends Method = 'post'> = Documented<Operation<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never>;

/** The query parameters a route takes. */
export type ApiQuery<P extends Path, M extends Method = 'get'> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

export type User = Schema<'CurrentUser'>;
export type Session = Schema<'Session'>;
export type Health = Schema<'Health'>;
export type ComponentHealth = Health['database'];
