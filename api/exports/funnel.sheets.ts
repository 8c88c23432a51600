import type { salesFunnel } from '../../domain/sales/index.ts';
import { hours, major, type Sheet } from './workbook.ts';

type Funnel = Awaited<ReturnType<typeof salesFunnel>>;

/** Every currency that occurs, so each gets its own amount column. */
function currencies(f: Funnel): string[] {
  const all = new Set<string>();
  for (const s of f.stages) for (const c of [...Object.keys(s.enteredAmount), ...Object.keys(s.openAmount)]) all.add(c);
  for (const c of [...Object.keys(f.forecast.openAmount), ...Object.keys(f.forecast.expectedAmount)]) all.add(c);
  return [...all].sort();
}

/** The funnel screen's tables: stages (conversion, time in stage), the forecast, the open deals behind it. */
export function funnelSheets(f: Funnel): Sheet[] {
  const cur = currencies(f);
  const stages: Sheet = {
    name: 'Stages',
    columns: [
      { header: 'Stage', key: 'stage', width: 24 },
      { header: 'Deals entered', key: 'entered' },
      ...cur.map((c) => ({ header: `Entered amount, ${c}`, key: `entered_${c}` })),
      { header: 'Conversion to next, %', key: 'conversion' },
      { header: 'Avg time in stage, h', key: 'avgHours' },
      { header: 'Median time in stage, h', key: 'medianHours' },
      { header: 'Open deals', key: 'openDeals' },
      ...cur.map((c) => ({ header: `Open amount, ${c}`, key: `open_${c}` })),
    ],
    rows: f.stages.map((s) => ({
      stage: s.stage,
      entered: s.entered,
      ...Object.fromEntries(cur.map((c) => [`entered_${c}`, major(s.enteredAmount[c]) ?? 0])),
      conversion: s.conversionToNext === null ? null : Math.round(s.conversionToNext * 10_000) / 100,
      avgHours: hours(s.avgTimeMs),
      medianHours: hours(s.medianTimeMs),
      openDeals: s.openDeals,
      ...Object.fromEntries(cur.map((c) => [`open_${c}`, major(s.openAmount[c]) ?? 0])),
    })),
  };
  const forecast: Sheet = {
    name: 'Forecast',
    columns: [
      { header: 'Currency', key: 'currency' },
      { header: 'Open deals', key: 'openDeals' },
      { header: 'Open amount', key: 'openAmount' },
      { header: 'Expected amount', key: 'expectedAmount' },
    ],
    rows: cur.map((c) => ({ currency: c, openDeals: f.forecast.openDeals, openAmount: major(f.forecast.openAmount[c]) ?? 0, expectedAmount: major(f.forecast.expectedAmount[c]) ?? 0 })),
  };
  const openDeals: Sheet = {
    name: 'Open deals',
    columns: [
      { header: 'Deal', key: 'dealId' },
      { header: 'Stage', key: 'stage', width: 24 },
      { header: 'Time in stage, h', key: 'hours' },
      { header: 'Win probability, %', key: 'probability' },
      { header: 'Amount', key: 'amount' },
      { header: 'Currency', key: 'currency' },
    ],
    rows: f.openDeals.map((d) => ({
      dealId: d.dealId,
      stage: d.stage,
      hours: hours(d.timeInStageMs),
      probability: d.probability === null ? null : Math.round(d.probability * 10_000) / 100,
      amount: major(d.amount),
      currency: d.currency,
    })),
  };
  return [stages, forecast, openDeals];
}
