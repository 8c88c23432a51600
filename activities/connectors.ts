import { ApplicationFailure } from '@temporalio/activity';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createDocumentConnector } from './document.connector.ts';
import type { DeliveryDeps } from './delivery/notify-users.ts';
import { createMailConnector } from './mail.connector.ts';
import { createNotifyConnector } from './notify.connector.ts';
import { createUpdateRecordConnector } from './update-record.connector.ts';

/**
 * Service-task connectors by task type (`zeebe:taskDefinition type`). Each gets the task's
 * headers and mapped input and returns variables for the output mapping. A thrown plain
 * error is retried; ApplicationFailure(nonRetryable) goes straight to an incident.
 */
export type Connector = (call: { headers: Record<string, string>; input: Record<string, unknown>; idempotencyKey: string; at?: string }) => Promise<Record<string, unknown>>;

export function createConnectors(deps: { orm: MikroORM; delivery: DeliveryDeps }): Record<string, Connector> {
  return {
    http: httpConnector,
    document: createDocumentConnector(deps),
    notify: createNotifyConnector(deps.delivery),
    mail: createMailConnector(deps.delivery),
    'update-record': createUpdateRecordConnector(deps),
  };
}

/** HTTP call: headers `url`, `method` (default POST); input `body`; answer as `response`. */
const httpConnector: Connector = async ({ headers, input, idempotencyKey }) => {
  const url = headers.url ?? (input.url as string | undefined);
  if (!url) throw ApplicationFailure.nonRetryable('The http task needs a "url" header', 'connector.config');
  const method = (headers.method ?? 'POST').toUpperCase();
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
    body: method === 'GET' ? undefined : JSON.stringify(input.body ?? input),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  if (res.status >= 500 || res.status === 429) throw new Error(`HTTP ${res.status} from ${url}`);
  if (res.status >= 400) throw ApplicationFailure.nonRetryable(`HTTP ${res.status} from ${url}: ${text.slice(0, 200)}`, 'connector.http');
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // plain text answers stay text
  }
  return { response: { status: res.status, body } };
};
