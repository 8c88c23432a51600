import { defineSignal } from '@temporalio/workflow';

export interface ContractExpiryInput {
  contractId: number;
  /** Epoch ms of the reminder; null: nothing to remind (open-ended, ended or deleted). */
  remindAt: number | null;
}

/** The contract's end date (or notice period) changed: the timer re-arms for the new time. */
export const rearmExpirySignal = defineSignal<[{ remindAt: number | null }]>('rearmExpiry');

export const contractExpiryWorkflowId = (contractId: number) => `contract-expiry-${contractId}`;
