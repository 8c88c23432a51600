import type { NodeStatistics } from './api';

export type HeatMeasure = 'time' | 'open';

const value = (n: NodeStatistics, by: HeatMeasure) => (by === 'time' ? (n.avgMs ?? 0) : n.open);

/**
 * Four colour steps relative to the slowest (or most crowded) node, so the bottleneck is
 * red whatever the absolute scale. Nodes with nothing to measure stay uncoloured.
 */
export function heatBuckets(nodes: NodeStatistics[], by: HeatMeasure): Map<string, number> {
  const max = Math.max(0, ...nodes.map((n) => value(n, by)));
  const buckets = new Map<string, number>();
  if (max <= 0) return buckets;
  for (const n of nodes) {
    const v = value(n, by);
    if (v > 0) buckets.set(n.nodeId, Math.min(3, Math.floor((v / max) * 4)));
  }
  return buckets;
}
