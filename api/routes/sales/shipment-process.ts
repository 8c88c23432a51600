import { WorkflowNotFoundError } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { registerInstance, versionToStart } from '../../../domain/processes/index.ts';
import { linkShipmentProcess, type Shipment } from '../../../domain/sales/index.ts';
import { messageSignal, workflowTypes, type ProcessInput } from '../../../workflows/names.ts';
import type { ApiContext } from '../../context.ts';
import { Problem } from '../../problem.ts';

/** The process that watches every planned shipment (deployed by default, changeable in the designer). */
export const SHIPMENT_PROCESS = 'sales-shipment';
const TEMPORAL_DEADLINE_MS = 10_000;

const unavailable = (err: unknown) =>
  new Problem(503, 'process.unreachable', 'Shipments are unavailable right now', `The process engine did not answer, so nothing was saved; try again shortly (${String(err).slice(0, 200)})`);

const variablesOf = (s: Shipment, dealTitle: string | null) => ({
  shipmentId: String(s.id),
  owner: String(s.responsibleId),
  dueAt: s.plannedAt.toISOString(),
  label: `#${s.id}${dealTitle ? ` of deal "${dealTitle}"` : ''}`,
  link: `/shipments/${s.id}`,
});

/**
 * Starts the shipment's watching process inside the caller's transaction: if Temporal does
 * not answer the request fails with 503 and no shipment is stored.
 */
export async function startShipmentProcess(ctx: ApiContext, em: EntityManager, s: Shipment, dealTitle: string | null, startedBy: number): Promise<void> {
  const workflowId = `shipment-${s.id}-${randomUUID()}`;
  const version = await versionToStart(em, SHIPMENT_PROCESS);
  const variables = variablesOf(s, dealTitle);
  const record = { type: 'shipment', id: String(s.id) };
  // Stored before the start, so the workflow never runs for a shipment that does not name it.
  await linkShipmentProcess(em, s.id, workflowId);
  await registerInstance(em, { workflowId, definitionKey: SHIPMENT_PROCESS, versionNumber: version.number, record, startedBy, variables });
  const input: ProcessInput = { definitionKey: SHIPMENT_PROCESS, versionNumber: version.number, graph: version.graph, variables, record, startedBy };
  const client = ctx.temporal.client;
  try {
    await client.withDeadline(Date.now() + TEMPORAL_DEADLINE_MS, () =>
      client.workflow.start(workflowTypes.process, { taskQueue: ctx.temporal.target.taskQueue, workflowId, args: [input], workflowIdReusePolicy: 'REJECT_DUPLICATE' }));
  } catch (err) {
    throw unavailable(err);
  }
}

/**
 * Tells the shipment's process what happened (shipped, cancelled, re-planned), inside the
 * caller's transaction. An ended process needs no news; an engine that does not answer
 * fails the request, so the change is not stored without the process knowing.
 */
export async function tellShipmentProcess(ctx: ApiContext, s: Shipment, what: 'shipped' | 'cancelled' | 'replanned', dealTitle: string | null): Promise<void> {
  if (!s.workflowId) return;
  const client = ctx.temporal.client;
  const variables = what === 'replanned' ? variablesOf(s, dealTitle) : {};
  try {
    await client.withDeadline(Date.now() + TEMPORAL_DEADLINE_MS, () =>
      client.workflow.getHandle(s.workflowId!).signal(messageSignal, { name: `shipment ${what}`, correlationKey: String(s.id), variables }));
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) return;
    throw unavailable(err);
  }
}
