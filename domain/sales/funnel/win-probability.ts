import { addAmount, timeIn } from './visits.ts';
import type { FunnelDeal } from './funnel.ts';

/** Below this many comparable closed deals, time in stage is not used (too few to say). */
export const MIN_SAMPLE = 5;

export interface Estimate {
  dealId: number;
  stage: string;
  timeInStageMs: number;
  probability: number | null;
  /** stage_and_time: closed deals that stayed in the stage at least as long; stage: all that reached it; model: the stage's crm:winProbability. */
  basis: 'stage_and_time' | 'stage' | 'model' | 'none';
  sampleSize: number;
  amount: number;
  currency: string;
}

/**
 * Win probability of an open deal from the closed deals of the same process: among those that
 * reached its stage and stayed there at least as long as it has so far, the share won. With
 * fewer than MIN_SAMPLE such deals, all closed deals that reached the stage; with none, the
 * model's crm:winProbability.
 */
export function estimate(deal: FunnelDeal, closed: FunnelDeal[], now: number, modelProbability: (stage: string) => number | undefined): Estimate {
  const stage = deal.stage ?? '';
  const t = timeIn(deal.visits, stage, now) ?? 0;
  const reached = closed.filter((c) => c.visits.some((v) => v.stage === stage));
  const stayed = reached.filter((c) => (timeIn(c.visits, stage, now) ?? 0) >= t);
  const share = (set: FunnelDeal[]) => set.filter((c) => c.status === 'won').length / set.length;
  const base = { dealId: deal.id, stage, timeInStageMs: t, amount: deal.amount, currency: deal.currency };
  if (stayed.length >= MIN_SAMPLE) return { ...base, probability: share(stayed), basis: 'stage_and_time', sampleSize: stayed.length };
  if (reached.length) return { ...base, probability: share(reached), basis: 'stage', sampleSize: reached.length };
  const model = modelProbability(stage);
  return { ...base, probability: model === undefined ? null : model / 100, basis: model === undefined ? 'none' : 'model', sampleSize: 0 };
}

/** Sum of open amounts weighted by their probability, per currency. */
export function forecast(estimates: Estimate[]) {
  const expected: Record<string, number> = {};
  const open: Record<string, number> = {};
  for (const e of estimates) {
    addAmount(open, e.currency, e.amount);
    if (e.probability !== null) addAmount(expected, e.currency, Math.round(e.amount * e.probability));
  }
  const samples = estimates.map((e) => e.sampleSize);
  return { openDeals: estimates.length, openAmount: open, expectedAmount: expected, minSampleSize: samples.length ? Math.min(...samples) : 0 };
}

export interface CalibrationBand {
  band: string;
  predictions: number;
  avgPredicted: number | null;
  actualWinRate: number | null;
}

/**
 * How far to trust the estimate: for every closed deal and every stage it passed, the
 * stage-level probability computed from the other closed deals (leave one out), grouped in
 * bands of 20 %, against how many of those deals were actually won.
 */
export function calibration(closed: FunnelDeal[], final: Set<string>): CalibrationBand[] {
  const bands = [0, 1, 2, 3, 4].map((i) => ({ band: `${i * 20}-${i * 20 + 20}%`, p: [] as number[], won: 0 }));
  const reached = new Map<string, { n: number; won: number }>();
  const stagesOf = (d: FunnelDeal) => new Set(d.visits.map((v) => v.stage).filter((s) => !final.has(s)));
  for (const d of closed) for (const s of stagesOf(d)) {
    const r = reached.get(s) ?? { n: 0, won: 0 };
    r.n++;
    if (d.status === 'won') r.won++;
    reached.set(s, r);
  }
  for (const d of closed) for (const s of stagesOf(d)) {
    const r = reached.get(s)!;
    if (r.n < 2) continue;
    const y = d.status === 'won' ? 1 : 0;
    const p = (r.won - y) / (r.n - 1);
    const band = bands[Math.min(4, Math.floor(p * 5))]!;
    band.p.push(p);
    band.won += y;
  }
  return bands.map((b) => ({
    band: b.band, predictions: b.p.length,
    avgPredicted: b.p.length ? b.p.reduce((a, x) => a + x, 0) / b.p.length : null,
    actualWinRate: b.p.length ? b.won / b.p.length : null,
  }));
}
