import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRoutes } from '../api/app.ts';
import { call } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

describe('OpenAPI', () => {
  it('documents every route with its request and response schemas', async () => {
    const doc = (await call(stack, 'GET', '/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    const routes = allRoutes({} as never);
    for (const route of routes) {
      const path = '/api/v1' + route.path.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.[route.method], `${route.method} ${path}`).toBeDefined();
    }
    const login = doc.paths['/api/v1/auth/login'].post;
    const schema = login.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(['email', 'password']);
    expect(schema.additionalProperties).toBe(false);
    expect(login.responses['401'].content['application/problem+json']).toBeDefined();
  });

  it('serves a docs page', async () => {
    const page = await fetch(`${stack.url}/api/v1/docs/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('swagger-ui');
  });
});
