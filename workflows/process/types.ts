import type { CompiledProcess } from '../../domain/processes/model/graph.ts';
import type { ResumeState } from './parked.ts';

/** Everything an instance needs: the whole compiled version travels with it (replay-safe). */
export interface ProcessInput {
  definitionKey: string;
  versionNumber: number;
  graph: CompiledProcess;
  variables: Record<string, unknown>;
  record: { type: string; id: string } | null;
  startedBy: number | null;
  /** The start event this instance began at (message or timer start); default the none start. */
  startNodeId?: string;
  /** Continue-as-new once the history has this many events (else when Temporal suggests it). */
  historyLimit?: number;
  /** Where a continued run picks up: see Engine.continueAsNew and parked.ts. */
  resume?: ResumeState;
  /** Set when a call activity started this instance. */
  parent?: {
    workflowId: string;
    nodeId: string;
    /** Error codes an error boundary of the call activity (or around it) catches; '*' any. */
    catches: string[];
    /** The child signals its end to the caller (call-activity-by-signal): the caller may continue-as-new meanwhile. */
    reportsEnd?: true;
  };
}

/** The process a call activity starts, as the resolve activity found it. */
export interface CalledProcess {
  definitionKey: string;
  versionNumber: number;
  graph: CompiledProcess;
}

export interface ProcessResult {
  status: 'completed' | 'terminated' | 'cancelled';
  variables: Record<string, unknown>;
}
