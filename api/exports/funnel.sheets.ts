import type { salesFunnel } from '../../domain/sales/index.ts';
import { stageText, type Translate } from './labels.ts';
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
export function funnelSheets(f: Funnel, t: Translate): Sheet[] {
  const cur = currencies(f);
  const stages: Sheet = {
    name: t('stages'),
    columns: [
      { header: t('stage'), key: 'stage', width: 24 },
      { header: t('dealsEntered'), key: 'entered' },
      ...cur.map((c) => ({ header: t('enteredAmountIn', c), key: `entered_${c}` })),
      { header: t('conversion'), key: 'conversion' },
      { header: t('avgTimeInStage'), key: 'avgHours' },
      { header: t('medianTimeInStage'), key: 'medianHours' },
      { header: t('openDeals'), key: 'openDeals' },
      ...cur.map((c) => ({ header: t('openAmountIn', c), key: `open_${c}` })),
    ],
    rows: f.stages.map((s) => ({
      stage: stageText(t, s.stage),
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
    name: t('forecast'),
    columns: [
      { header: t('currency'), key: 'currency' },
      { header: t('openDeals'), key: 'openDeals' },
      { header: t('openAmount'), key: 'openAmount' },
      { header: t('expectedAmount'), key: 'expectedAmount' },
    ],
    // Open deals of that currency: the forecast's total counts every currency at once.
    rows: cur.map((c) => ({ currency: c, openDeals: f.openDeals.filter((d) => d.currency === c).length, openAmount: major(f.forecast.openAmount[c]) ?? 0, expectedAmount: major(f.forecast.expectedAmount[c]) ?? 0 })),
  };
  const openDeals: Sheet = {
    name: t('openDeals'),
    columns: [
      { header: t('deal'), key: 'dealId' },
      { header: t('stage'), key: 'stage', width: 24 },
      { header: t('timeInStage'), key: 'hours' },
      { header: t('winProbability'), key: 'probability' },
      { header: t('amount'), key: 'amount' },
      { header: t('currency'), key: 'currency' },
    ],
    rows: f.openDeals.map((d) => ({
      dealId: d.dealId,
      stage: stageText(t, d.stage),
      hours: hours(d.timeInStageMs),
      probability: d.probability === null ? null : Math.round(d.probability * 10_000) / 100,
      amount: major(d.amount),
      currency: d.currency,
    })),
  };
  return [stages, forecast, openDeals];
}
