import type { HistoryEvent } from './api';

/** The nodes an instance has entered and those it has left, from its event log. */
export function pathTaken(history: HistoryEvent[]): { entered: Set<string>; left: Set<string> } {
  const entered = new Set<string>();
  const left = new Set<string>();
  for (const e of history) {
    if (!e.nodeId) continue;
    if (e.type === 'node_entered') entered.add(e.nodeId);
    if (e.type === 'node_left') left.add(e.nodeId);
  }
  return { entered, left };
}

/** A flow was taken when its source was left and its target entered. */
export const flowTaken = (path: { entered: Set<string>; left: Set<string> }, source: string, target: string) =>
  path.left.has(source) && path.entered.has(target);
