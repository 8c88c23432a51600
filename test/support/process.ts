import fs from 'node:fs';
import path from 'node:path';
import { call, type Answer } from './http.ts';
import type { Stack } from './stack.ts';

export function fixture(name: string, replacements: Record<string, string> = {}): string {
  let xml = fs.readFileSync(path.resolve('test/fixtures/bpmn', `${name}.bpmn`), 'utf8');
  for (const [k, v] of Object.entries(replacements)) xml = xml.replaceAll(`{{${k}}}`, v);
  return xml;
}

export async function deployFixture(stack: Stack, token: string, key: string, xml: string): Promise<Answer> {
  const answer = await call(stack, 'POST', `/process-definitions/${key}/versions`, { raw: xml, token, headers: { 'content-type': 'application/xml' } });
  if (answer.status >= 300) throw new Error(`deploy failed: ${JSON.stringify(answer.body)}`);
  return answer;
}

/** Polls until `check` returns a value (tasks appear and instances end asynchronously). */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export const taskPath = (id: string) => `/tasks/${encodeURIComponent(id)}`;
