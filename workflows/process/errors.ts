import { ActivityFailure, ApplicationFailure, ChildWorkflowFailure } from '@temporalio/workflow';
import type { BoundaryEventNode } from '../../domain/processes/model/graph.ts';

/** A BPMN error thrown inside an activity; it travels to the error boundary that catches it. */
export class BpmnError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'BpmnError';
  }
}

/** The error boundary catching `code`: the one naming it, else a catch-all without code. */
export function catcherOf(boundaries: BoundaryEventNode[], code: string): BoundaryEventNode | undefined {
  const errors = boundaries.filter((b) => b.trigger.kind === 'error');
  return (
    errors.find((b) => b.trigger.kind === 'error' && b.trigger.errorCode === code) ??
    errors.find((b) => b.trigger.kind === 'error' && b.trigger.errorCode === undefined)
  );
}

/** The code of a connector's business error (non-retryable ApplicationFailure with a type). */
export function businessErrorCode(err: unknown): string | null {
  const cause = err instanceof ActivityFailure ? err.cause : err;
  if (cause instanceof ApplicationFailure && cause.nonRetryable && cause.type) return cause.type;
  return null;
}

/** The failure type a called process ends with when its error end event is for the caller. */
export const calledErrorType = 'bpmn.error';

/** The BPMN error code a child process threw to its call activity, if that is what failed. */
export function calledErrorCode(err: unknown): string | null {
  const cause = err instanceof ChildWorkflowFailure ? err.cause : null;
  if (cause instanceof ApplicationFailure && cause.type === calledErrorType) return String(cause.details?.[0] ?? '');
  return null;
}

/** Codes the error boundaries of these hosts catch; '*' for a catch-all. */
export function caughtCodes(hosts: { boundary: string[] }[], nodes: Record<string, { type: string }>): string[] {
  return hosts.flatMap((host) =>
    host.boundary
      .map((id) => nodes[id] as BoundaryEventNode)
      .filter((b) => b.trigger.kind === 'error')
      .map((b) => (b.trigger.kind === 'error' && b.trigger.errorCode !== undefined ? b.trigger.errorCode : '*')),
  );
}
