import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * How one kind of linked record follows a merge. Modules that point at counterparties
 * (interactions, deals, invoices, process instances…) register a step at start-up, so a
 * merge moves everything without this module knowing them. Both functions run inside the
 * merge transaction; `move` answers how many rows it moved (or folded into the survivor's).
 */
export interface MergeStep {
  /** In the user's words, shown in the preview: `contacts`, `deals`, … */
  name: string;
  count(em: EntityManager, mergedId: number, survivorId: number): Promise<number>;
  move(em: EntityManager, mergedId: number, survivorId: number): Promise<number>;
}

const steps = new Map<string, MergeStep>();

/** Registers (or replaces, by name) the step of a linked record kind. */
export function registerMergeStep(step: MergeStep): void {
  steps.set(step.name, step);
}

export function mergeSteps(): MergeStep[] {
  return [...steps.values()];
}
