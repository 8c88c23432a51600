import {
  CancellationScope,
  condition,
  ContinueAsNew,
  getExternalWorkflowHandle,
  isCancellation,
  ParentClosePolicy,
  ChildWorkflowCancellationType,
  startChild,
  TemporalFailure,
} from '@temporalio/workflow';
import { calledErrorCode, calledErrorType } from './errors.ts';
import type { Variables } from './feel.ts';
import { calledProcessEndedSignal, type CalledProcessEnd } from './messages.ts';
import type { ProcessInput, ProcessResult } from './types.ts';

/**
 * Call activities whose child reports its end by signal (`patched('call-activity-by-signal')`).
 * The parent starts the child abandoned on close, so the child outlives the parent's
 * continue-as-new; the child signals the parent's workflow id (stable across runs) when it
 * ends, so the end reaches whichever run waits. A token waiting in a call activity is then
 * a parked token like an open task: it carries only the child's workflow id.
 */

/** The outcome as the parent uses it: output mappings, an error for boundaries, or an incident. */
export type CalledOutcome =
  | { kind: 'completed'; variables: Variables }
  | { kind: 'error'; code: string; message: string }
  | { kind: 'failed'; message: string };

/** What a child says about its end, from its result or the failure it ends with. */
export function endOf(childId: string, ending: { result: ProcessResult } | { error: unknown }): CalledProcessEnd | null {
  if ('result' in ending) {
    const { status, variables } = ending.result;
    return status === 'cancelled' ? { childId, status: 'cancelled', variables } : { childId, status: 'completed', variables };
  }
  const err = ending.error;
  // Continuing as new is no end; nor is a plain error, which fails the workflow task (retried), not the child.
  if (err instanceof ContinueAsNew || !(err instanceof TemporalFailure)) return null;
  if (isCancellation(err)) return { childId, status: 'cancelled' };
  const code = calledErrorCode(err) ?? thrownCode(err);
  if (code !== null) return { childId, status: 'error', errorCode: code, message: messageOf(err) };
  return { childId, status: 'failed', message: messageOf(err) };
}

function thrownCode(err: TemporalFailure): string | null {
  const failure = err as { type?: string; details?: unknown[] };
  return failure.type === calledErrorType ? String(failure.details?.[0] ?? '') : null;
}

export function messageOf(err: unknown): string {
  const e = err as { cause?: { message?: string }; message?: string };
  return e.cause?.message ?? e.message ?? String(err);
}

/** How the call activity goes on after the child's end. */
export function outcomeOf(end: CalledProcessEnd): CalledOutcome {
  switch (end.status) {
    case 'completed':
      return { kind: 'completed', variables: end.variables ?? {} };
    case 'error':
      return { kind: 'error', code: end.errorCode ?? '', message: end.message ?? '' };
    case 'cancelled':
      // Cancelled on its own (by a user, or from outside): the caller's flow cannot just go on.
      return { kind: 'failed', message: `The called process ${end.childId} was cancelled` };
    default:
      return { kind: 'failed', message: end.message ?? `The called process ${end.childId} failed` };
  }
}

/**
 * The child side: runs the instance and signals its end to the calling process. The signal
 * is sent even when the child is being cancelled; a parent that has ended meanwhile is fine.
 */
export async function reportingEnd(parent: NonNullable<ProcessInput['parent']>, childId: string, run: () => Promise<ProcessResult>): Promise<ProcessResult> {
  let outcome: { result: ProcessResult } | { error: unknown };
  try {
    outcome = { result: await run() };
  } catch (error) {
    outcome = { error };
  }
  const end = endOf(childId, outcome);
  if (end) await tellParent(parent.workflowId, end);
  if ('error' in outcome) throw outcome.error;
  return outcome.result;
}

async function tellParent(parentId: string, end: CalledProcessEnd): Promise<void> {
  await CancellationScope.nonCancellable(() => getExternalWorkflowHandle(parentId).signal(calledProcessEndedSignal, end)).catch(() => undefined);
}

/** The parent side: which children tokens wait for, and the ends that came in for them. */
export class CalledProcesses {
  private readonly awaited = new Set<string>();
  private readonly ends = new Map<string, CalledProcessEnd>();

  /** A token waits for this child (started now, or carried from an earlier run). */
  expect(childId: string): void {
    this.awaited.add(childId);
  }

  /** An end, by signal or (same run) by the child's result; the first one counts. */
  receive(end: CalledProcessEnd): void {
    if (this.awaited.has(end.childId) && !this.ends.has(end.childId)) this.ends.set(end.childId, end);
  }

  /** Whether the token is at rest: its child runs and no end came in yet. */
  waiting(childId: string): boolean {
    return this.awaited.has(childId) && !this.ends.has(childId);
  }

  async endOf(childId: string): Promise<CalledProcessEnd> {
    await condition(() => this.ends.has(childId));
    return this.ends.get(childId)!;
  }

  /** The token no longer waits (went on, or left): a late end for this child is dropped. */
  forget(childId: string): void {
    this.awaited.delete(childId);
    this.ends.delete(childId);
  }

  /**
   * Starts the child; its end comes by its signal, or in this run also by its result (which
   * covers a child terminated from outside while the parent has not continued since).
   * The caller cancels it explicitly (`cancel`): abandoned on close, it must outlive the
   * parent's continue-as-new.
   */
  async start(workflow: (input: ProcessInput) => Promise<ProcessResult>, childId: string, input: ProcessInput): Promise<void> {
    this.expect(childId);
    const child = await startChild(workflow, {
      workflowId: childId,
      args: [input],
      parentClosePolicy: ParentClosePolicy.ABANDON,
      cancellationType: ChildWorkflowCancellationType.ABANDON,
    });
    void child.result().then(
      (result) => this.receive(endOf(childId, { result })!),
      (error: unknown) => {
        const end = endOf(childId, { error });
        if (end) this.receive(end);
      },
    );
  }

  /** Asks the child to cancel (its open tasks leave the inboxes); it may have ended already. */
  async cancel(childId: string): Promise<void> {
    this.forget(childId);
    await CancellationScope.nonCancellable(() => getExternalWorkflowHandle(childId).cancel()).catch(() => undefined);
  }
}
