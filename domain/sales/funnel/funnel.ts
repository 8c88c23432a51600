import { addAmount, average, median, type StageVisit } from './visits.ts';

export interface FunnelDeal {
  id: number;
  amount: number;
  currency: string;
  status: 'open' | 'won' | 'lost';
  stage: string | null;
  visits: StageVisit[];
}

export interface StageFigures {
  stage: string;
  /** Deals that entered the stage in the period, and their amounts per currency. */
  entered: number;
  enteredAmount: Record<string, number>;
  /** Share of those that went on to a later stage (Lost not counted); null for final stages. */
  conversionToNext: number | null;
  /** Time in the stage of the stays that started in the period and have ended. */
  avgTimeMs: number | null;
  medianTimeMs: number | null;
  timedStays: number;
  /** Open deals in the stage now. */
  openDeals: number;
  openAmount: Record<string, number>;
}

export interface Period {
  from: number | null;
  to: number | null;
}

const inPeriod = (at: number, p: Period) => (p.from === null || at >= p.from) && (p.to === null || at < p.to);

/**
 * Per stage, in funnel order: deals and amounts entering, conversion to a later stage, time in
 * stage, and the open deals there now. `final` are the stages of end events (Won, Lost).
 */
export function funnelByStage(deals: FunnelDeal[], order: string[], final: Set<string>, period: Period): StageFigures[] {
  const lost = [...final].filter((s) => s.toLowerCase() === 'lost');
  return order.map((stage, k) => {
    const later = new Set(order.slice(k + 1).filter((s) => !lost.includes(s)));
    let entered = 0;
    let converted = 0;
    const enteredAmount: Record<string, number> = {};
    const openAmount: Record<string, number> = {};
    const times: number[] = [];
    let openDeals = 0;
    for (const d of deals) {
      const first = d.visits.find((v) => v.stage === stage && inPeriod(v.enteredAt, period));
      if (first) {
        entered++;
        addAmount(enteredAmount, d.currency, d.amount);
        if (d.visits.some((v) => later.has(v.stage) && v.enteredAt >= first.enteredAt)) converted++;
      }
      if (!final.has(stage)) {
        for (const v of d.visits) if (v.stage === stage && v.leftAt !== null && inPeriod(v.enteredAt, period)) times.push(v.leftAt - v.enteredAt);
      }
      if (d.status === 'open' && d.stage === stage) {
        openDeals++;
        addAmount(openAmount, d.currency, d.amount);
      }
    }
    return {
      stage, entered, enteredAmount,
      conversionToNext: final.has(stage) || !entered ? null : converted / entered,
      avgTimeMs: average(times), medianTimeMs: median(times), timedStays: times.length,
      openDeals, openAmount,
    };
  });
}

export interface LostAnalysis {
  byReason: { reason: string; deals: number; amount: Record<string, number> }[];
  byStage: { stage: string; deals: number; amount: Record<string, number> }[];
  byCompetitor: { competitor: string; deals: number; amount: Record<string, number> }[];
}

/** Lost deals by reason, by the last stage before they were lost, and by competitor named. */
export function lostAnalysis(deals: (FunnelDeal & { lostReason: string | null; competitors: string[] })[], final: Set<string>): LostAnalysis {
  const group = () => new Map<string, { deals: number; amount: Record<string, number> }>();
  const reasons = group();
  const stages = group();
  const competitors = group();
  const add = (m: ReturnType<typeof group>, key: string, d: FunnelDeal) => {
    const g = m.get(key) ?? { deals: 0, amount: {} };
    g.deals++;
    addAmount(g.amount, d.currency, d.amount);
    m.set(key, g);
  };
  for (const d of deals) {
    if (d.status !== 'lost') continue;
    add(reasons, d.lostReason ?? '(none given)', d);
    add(stages, [...d.visits].reverse().find((v) => !final.has(v.stage))?.stage ?? '(none)', d);
    for (const c of new Set(d.competitors)) add(competitors, c, d);
  }
  const list = <K extends string>(m: ReturnType<typeof group>, key: K) =>
    [...m].map(([k, v]) => ({ [key]: k, ...v }) as { deals: number; amount: Record<string, number> } & Record<K, string>).sort((a, b) => b.deals - a.deals || (a[key] < b[key] ? -1 : 1));
  return { byReason: list(reasons, 'reason'), byStage: list(stages, 'stage'), byCompetitor: list(competitors, 'competitor') };
}
