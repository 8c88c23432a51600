import type { CompiledProcess } from '../../domain/processes/model/graph.ts';

/** Everything an instance needs: the whole compiled version travels with it (replay-safe). */
export interface ProcessInput {
  definitionKey: string;
  versionNumber: number;
  graph: CompiledProcess;
  variables: Record<string, unknown>;
  record: { type: string; id: string } | null;
  startedBy: number | null;
}

export interface ProcessResult {
  status: 'completed' | 'terminated';
  variables: Record<string, unknown>;
}
