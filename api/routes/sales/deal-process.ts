import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { evaluate } from 'feelin';
import { getVersion, registerInstance, versionToStart, ProcessInstanceSchema } from '../../../domain/processes/index.ts';
import { allowedMoves, DealSchema, InvoiceSchema, linkProcess, type Deal } from '../../../domain/sales/index.ts';
import { messageSignal, stateQuery, workflowTypes, type ProcessInput } from '../../../workflows/names.ts';
import type { ApiContext } from '../../context.ts';
import { DomainError } from '../../../domain/errors.ts';
import { fieldProblem, Problem } from '../../problem.ts';

/**
 * One deal, one Sales process instance. The id is chosen once and stored on the deal before the
 * start, so a retry starts the same workflow (or finds it started); the random part keeps ids
 * apart when several databases share one Temporal namespace.
 */
const newWorkflowId = (dealId: number) => `deal-${dealId}-${randomUUID()}`;

/** The process a new deal will run must be deployed; refused naming the deal's field otherwise. */
export async function checkDealProcess(em: EntityManager, key: string, field: string): Promise<void> {
  await versionToStart(em, key).catch((err: unknown) => {
    throw err instanceof DomainError ? new DomainError(err.code, err.message, 422, [field]) : err;
  });
}

/**
 * Starts the deal's process (the active version of its key) with the deal's data as variables,
 * and links it to the deal. Safe to repeat: an instance already registered is left as it is.
 */
export async function startDealProcess(ctx: ApiContext, em: EntityManager, deal: Deal, buyerName: string, startedBy: number): Promise<string> {
  const workflowId = deal.workflowId ?? newWorkflowId(deal.id);
  const version = await versionToStart(em, deal.processKey);
  const variables = {
    dealId: String(deal.id),
    owner: String(deal.responsibleId ?? startedBy),
    counterpartyId: deal.counterpartyId,
    buyerName,
    amount: deal.amount,
    currency: deal.currency,
    lines: deal.products.map((p) => ({ productId: p.productId, qty: p.qty })),
    source: deal.source,
    paymentTerm: process.env.SALES_PAYMENT_TERM ?? 'P14D',
  };
  const record = { type: 'deal', id: String(deal.id) };
  if (!deal.workflowId) await linkProcess(em, deal.id, workflowId);
  await registerInstance(em, { workflowId, definitionKey: deal.processKey, versionNumber: version.number, record, startedBy, variables });
  const input: ProcessInput = { definitionKey: deal.processKey, versionNumber: version.number, graph: version.graph, variables, record, startedBy };
  try {
    // A finished instance is never started again under the same id (a late retry finds it done).
    await ctx.temporal.client.workflow.start(workflowTypes.process, { taskQueue: ctx.temporal.target.taskQueue, workflowId, args: [input], workflowIdReusePolicy: 'REJECT_DUPLICATE' });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
  return workflowId;
}

/**
 * Moves a deal to a stage by sending the message its process waits for. A stage the model
 * offers no path to from where the deal stands is refused with 409 naming the stages it may go to.
 */
export async function moveDeal(ctx: ApiContext, em: EntityManager, deal: Deal, stage: string, variables: Record<string, unknown>): Promise<{ from: string | null; to: string }> {
  const instance = deal.workflowId ? await em.findOne(ProcessInstanceSchema, { workflowId: deal.workflowId }) : null;
  if (!instance || deal.status !== 'open') throw new Problem(409, 'deal.closed', 'The deal is not open', `The deal is ${deal.status}; its process no longer takes moves`);
  const handle = ctx.temporal.client.workflow.getHandle(instance.workflowId);
  // Where the tokens are now; if the engine does not answer, the last position it recorded.
  const state = await handle.query(stateQuery).catch(() => ({ tokens: instance.currentNodes.map((nodeId) => ({ nodeId })), variables: instance.variables }));
  const { graph } = await getVersion(em, instance.definitionKey, instance.versionNumber, 'graph');
  // Only "move to <Stage>" messages are a person's to send; others ("payment received") come from the system.
  const moves = allowedMoves(graph, state.tokens.map((t) => t.nodeId)).filter((m) => m.messageName.toLowerCase().startsWith('move to '));
  const move = moves.find((m) => m.stage.toLowerCase() === stage.toLowerCase());
  if (!move) {
    const allowed = [...new Set(moves.map((m) => m.stage))];
    throw new Problem(409, 'deal.move_forbidden', 'The process does not allow this move',
      allowed.length
        ? `From "${deal.stage ?? 'the start'}" the "${instance.definitionKey}" process allows moving to: ${allowed.join(', ')}; not to "${stage}"`
        : `At "${deal.stage ?? 'the start'}" the "${instance.definitionKey}" process moves by its tasks, not by hand`,
      [fieldProblem(['body', 'stage'], `Allowed: ${allowed.join(', ') || 'none'}`, 'deal.move_forbidden', { allowed })], { allowedStages: allowed, currentStage: deal.stage });
  }
  const correlationKey = String(evaluate(move.correlationKey, state.variables).value ?? '');
  await handle.signal(messageSignal, { name: move.messageName, correlationKey, variables });
  return { from: deal.stage ?? null, to: move.stage };
}

/**
 * Tells the deals' processes that their invoices are paid in full: the message "payment
 * received" with the invoice number as correlation key, which the Sales process waits for in
 * payment control. Invoices of other records, or not paid in full, are left alone.
 */
export async function notifyPaidInvoices(ctx: ApiContext, em: EntityManager, invoiceIds: (number | null | undefined)[]): Promise<void> {
  const ids = [...new Set(invoiceIds.filter((id): id is number => !!id))];
  if (!ids.length) return;
  const paid = await em.fork().find(InvoiceSchema, { id: { $in: ids }, status: 'paid', recordType: 'deal', number: { $ne: null } });
  for (const invoice of paid) {
    const deal = await em.fork().findOne(DealSchema, { id: Number(invoice.recordId) });
    if (!deal?.workflowId || deal.status !== 'open') continue;
    try {
      await ctx.temporal.client.workflow.getHandle(deal.workflowId).signal(messageSignal, { name: 'payment received', correlationKey: invoice.number!, variables: { paidInvoiceId: invoice.id } });
    } catch (err) {
      // An instance that has ended takes no messages: nothing is waiting for this payment.
      if (err instanceof WorkflowNotFoundError) continue;
      throw new Problem(503, 'process.unreachable', 'The payment is stored, but the deal\'s process could not be told',
        `Invoice ${invoice.number} is paid; the process engine did not answer (${(err as Error).message}). Send the same request or file again: nothing is doubled and the process is told.`);
    }
  }
}
