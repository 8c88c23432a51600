import fs from 'node:fs';
import path from 'node:path';
import { ProcessEventSchema } from '../../domain/processes/index.ts';
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

type ProcessUser = { token: string; id: number };
export type ProcessTask = { id: string; workflowId: string; nodeId: string; status: string };

/**
 * What the process tests ask of their instances: start one as the manager, read it as the
 * owner, wait for its end (remembered by scenario, for the replay of recorded histories),
 * its tasks and the steps it logged.
 */
export class InstanceProbe {
  /** Scenario → workflow id of every instance that ended through `ended`. */
  readonly finished = new Map<string, string>();

  constructor(
    private readonly stack: Stack,
    private readonly owner: ProcessUser,
    private readonly manager: ProcessUser,
    private readonly startWith: { record?: { type: string; id: string }; variables?: Record<string, unknown> } = {},
  ) {}

  start = async (key: string, variables: Record<string, unknown>): Promise<string> => {
    const body = { key, variables: { ...this.startWith.variables, ...variables }, ...(this.startWith.record ? { record: this.startWith.record } : {}) };
    const answer = await call(this.stack, 'POST', '/process-instances', { token: this.manager.token, body });
    if (answer.status !== 201) throw new Error(`start ${key}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.workflowId as string;
  };

  instance = (id: string): Promise<Answer> => call(this.stack, 'GET', `/process-instances/${encodeURIComponent(id)}`, { token: this.owner.token });

  ended = async (id: string, scenario: string) => {
    await eventually(async () => ((await this.instance(id)).body.status === 'completed' ? true : null), `${id} to end`);
    this.finished.set(scenario, id);
    return (await this.instance(id)).body;
  };

  tasksOf = async (workflowId: string, status = 'open'): Promise<ProcessTask[]> =>
    ((await call(this.stack, 'GET', `/tasks?view=all&status=${status}`, { token: this.manager.token })).body.items as ProcessTask[]).filter((t) => t.workflowId === workflowId);

  steps = async (id: string): Promise<string[]> =>
    (await this.stack.orm.em.fork().find(ProcessEventSchema, { workflowId: id }, { orderBy: { id: 'asc' } })).map((e) => `${e.type}${e.nodeId ? `:${e.nodeId}` : ''}`);
}
