import { describe, expect, it } from 'vitest';
import { funnelByStage, lostAnalysis, type FunnelDeal } from './funnel.ts';
import { median, stageVisits } from './visits.ts';
import { calibration, estimate, MIN_SAMPLE } from './win-probability.ts';

const stages: Record<string, string> = { a: 'New', b: 'Offer', w: 'Won', l: 'Lost' };
const final = new Set(['Won', 'Lost']);
const order = ['New', 'Offer', 'Won', 'Lost'];
const deal = (id: number, status: FunnelDeal['status'], path: [string, number][], end: number | null, amount = 100): FunnelDeal => ({
  id, amount, currency: 'UAH', status, stage: stages[path.at(-1)![0]]!, visits: stageVisits(path.map(([nodeId, at]) => ({ nodeId, at })), (n) => stages[n], end),
});

describe('stage visits', () => {
  it('joins nodes of one stage, ignores nodes without a stage, and ends the last visit with the instance', () => {
    const v = stageVisits([{ nodeId: 'start', at: 0 }, { nodeId: 'a', at: 1 }, { nodeId: 'x', at: 3 }, { nodeId: 'a', at: 4 }, { nodeId: 'b', at: 10 }, { nodeId: 'w', at: 15 }], (n) => stages[n], 15);
    expect(v).toEqual([{ stage: 'New', enteredAt: 1, leftAt: 10 }, { stage: 'Offer', enteredAt: 10, leftAt: 15 }, { stage: 'Won', enteredAt: 15, leftAt: 15 }]);
    expect(stageVisits([{ nodeId: 'a', at: 5 }], (n) => stages[n], null)).toEqual([{ stage: 'New', enteredAt: 5, leftAt: null }]);
    expect(median([5, 1, 3, 9])).toBe(4);
  });
});

describe('funnel figures', () => {
  const deals = [
    deal(1, 'won', [['a', 0], ['b', 10], ['w', 30]], 30, 200),
    deal(2, 'lost', [['a', 5], ['l', 9]], 9),
    deal(3, 'lost', [['a', 20], ['b', 24], ['l', 40]], 40),
    deal(4, 'open', [['a', 50]], null, 70),
  ];

  it('counts entering, conversion, time in stage and open deals per stage in a period', () => {
    const [news, offer, won, lost] = funnelByStage(deals, order, final, { from: null, to: null });
    expect(news).toMatchObject({ entered: 4, enteredAmount: { UAH: 470 }, conversionToNext: 0.5, avgTimeMs: 6, medianTimeMs: 4, openDeals: 1, openAmount: { UAH: 70 } });
    expect(offer).toMatchObject({ entered: 2, conversionToNext: 0.5, avgTimeMs: 18, timedStays: 2 });
    expect(won).toMatchObject({ entered: 1, conversionToNext: null, avgTimeMs: null });
    expect(lost!.entered).toBe(2);
    expect(funnelByStage(deals, order, final, { from: 5, to: 21 })[0]).toMatchObject({ entered: 2, conversionToNext: 0.5 });
  });

  it('estimates from stage and time when enough closed deals stayed as long, else from the stage', () => {
    const closed = Array.from({ length: 8 }, (_, i) => deal(10 + i, i < 3 ? 'won' : 'lost', [['a', 0], [i < 3 ? 'w' : 'l', 10 * (i + 1)]], 10 * (i + 1)));
    // Stayed at least 15: seven closed deals, two of them won. At least 75: one, fewer than MIN_SAMPLE.
    expect(MIN_SAMPLE).toBe(5);
    const young = estimate(deal(99, 'open', [['a', 0]], null), closed, 15, () => 5);
    expect(young).toMatchObject({ basis: 'stage_and_time', sampleSize: 7, probability: 2 / 7 });
    const old = estimate(deal(98, 'open', [['a', 0]], null), closed, 75, () => 5);
    expect(old).toMatchObject({ basis: 'stage', sampleSize: 8, probability: 3 / 8 });
    expect(estimate(deal(97, 'open', [['b', 0]], null), closed, 1, () => 40)).toMatchObject({ basis: 'model', probability: 0.4, sampleSize: 0 });
  });

  it('calibrates leave-one-out stage estimates against outcomes, and groups lost deals', () => {
    const closed = deals.filter((d) => d.status !== 'open');
    const bands = calibration(closed, final);
    // New: 1 won of 3; leaving the winner out gives 0, leaving a loser out 0.5. Offer: 1 of 2; each left out gives the other's outcome.
    expect(bands[0]).toMatchObject({ predictions: 2, avgPredicted: 0, actualWinRate: 1 });
    expect(bands[2]).toMatchObject({ predictions: 2, avgPredicted: 0.5, actualWinRate: 0 });
    expect(bands[4]).toMatchObject({ predictions: 1, actualWinRate: 0 });
    const lost = lostAnalysis(closed.map((d) => ({ ...d, lostReason: d.id === 2 ? 'Price' : null, competitors: d.id === 3 ? ['X', 'X'] : [] })), final);
    expect(lost.byReason).toEqual([{ reason: '(none given)', deals: 1, amount: { UAH: 100 } }, { reason: 'Price', deals: 1, amount: { UAH: 100 } }]);
    expect(lost.byStage.map((s) => [s.stage, s.deals])).toEqual([['New', 1], ['Offer', 1]]);
    expect(lost.byCompetitor).toEqual([{ competitor: 'X', deals: 1, amount: { UAH: 100 } }]);
  });
});
