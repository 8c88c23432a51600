/** One stay of a deal in a stage: from the first node of the stage entered to the next stage's. */
export interface StageVisit {
  stage: string;
  enteredAt: number;
  /** null while the deal is still there. */
  leftAt: number | null;
}

export interface NodeEntry {
  nodeId: string;
  at: number;
}

/**
 * A deal's stage visits from its process log: node entries in order, each mapped to its
 * node's stage; nodes without a stage keep the deal where it was. The last visit ends when the
 * instance ends (a final stage such as Won is then a visit of length zero).
 */
export function stageVisits(entries: NodeEntry[], stageOf: (nodeId: string) => string | undefined, endedAt: number | null): StageVisit[] {
  const visits: StageVisit[] = [];
  for (const e of entries) {
    const stage = stageOf(e.nodeId);
    if (!stage) continue;
    const last = visits.at(-1);
    if (last?.stage === stage) continue;
    if (last) last.leftAt = e.at;
    visits.push({ stage, enteredAt: e.at, leftAt: null });
  }
  const last = visits.at(-1);
  if (last && endedAt !== null) last.leftAt = endedAt;
  return visits;
}

/** Total time a deal spent in a stage (all its visits); open visits count until `now`. */
export function timeIn(visits: StageVisit[], stage: string, now: number): number | null {
  const mine = visits.filter((v) => v.stage === stage);
  return mine.length ? mine.reduce((sum, v) => sum + ((v.leftAt ?? now) - v.enteredAt), 0) : null;
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const average = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** Adds an amount to a per-currency total. */
export function addAmount(into: Record<string, number>, currency: string, amount: number): void {
  into[currency] = (into[currency] ?? 0) + amount;
}
