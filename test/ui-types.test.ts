import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allRoutes } from '../api/app.ts';
import { generateUiTypes, uiTypesFile } from '../scripts/lib/ui-types.ts';

describe('UI types generated from the OpenAPI document', () => {
  it('are up to date with the routes (run `npm run api:types` when this fails)', async () => {
    const committed = fs.readFileSync(uiTypesFile, 'utf8');
    // toBe on the whole text would print 10 000 lines; compare line by line to name the first drift.
    const generated = await generateUiTypes();
    const [a, b] = [committed.split('\n'), generated.split('\n')];
    const first = b.findIndex((line, i) => line !== a[i]);
    expect(first === -1 ? null : { line: first + 1, committed: a[first], generated: b[first] }).toBeNull();
    expect(a.length).toBe(b.length);
  });

  it('change when a route answers with a new field, so a stale file is caught', async () => {
    const routes = allRoutes({} as never);
    const health = routes.find((r) => r.method === 'get' && r.path === '/health')!;
    const changed = { ...health, responses: { ...health.responses, 200: { description: 'changed', schema: z.object({ status: z.string(), uptimeSeconds: z.number() }) } } };
    const before = await generateUiTypes(routes);
    const after = await generateUiTypes(routes.map((r) => (r === health ? changed : r)));
    expect(before).not.toBe(after);
    expect(after).toContain('uptimeSeconds: number;');
    expect(before).not.toContain('uptimeSeconds');
  });
});
