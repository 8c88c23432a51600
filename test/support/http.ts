import { createUser } from '../../domain/access/index.ts';
import type { Stack } from './stack.ts';

export interface Answer {
  status: number;
  type: string;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: Headers;
}

/** A JSON request against the stack's API; `token` goes in as a Bearer session. */
export async function call(
  stack: Stack,
  method: string,
  path: string,
  opts: { body?: unknown; raw?: string; token?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const res = await fetch(`${stack.url}/api/v1${path}`, {
    method,
    headers: {
      ...(opts.body !== undefined || opts.raw !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...opts.headers,
    },
    body: opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
  });
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, type, body: text && type.includes('json') ? JSON.parse(text) : text, headers: res.headers };
}

let seq = 0;
/** Creates a user with the given roles and logs in; returns the session token. */
export async function userWithRoles(stack: Stack, roles: string[]): Promise<{ token: string; email: string; id: number }> {
  const email = `user${++seq}-${Date.now()}@example.test`;
  const password = 'correct horse battery';
  const user = await createUser(stack.orm.em.fork(), { email, displayName: `User ${seq}`, password, roleCodes: roles });
  const login = await call(stack, 'POST', '/auth/login', { body: { email, password } });
  if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`);
  return { token: login.body.token, email, id: user.id };
}
