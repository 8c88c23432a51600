import { describe, expect, it } from 'vitest';
import type { salesFunnel } from '../../domain/sales/index.ts';
import { funnelSheets } from './funnel.sheets.ts';
import { translator } from './labels.ts';

type Funnel = Awaited<ReturnType<typeof salesFunnel>>;

const stage = (name: string, entered: number, open: Record<string, number>) =>
  ({ stage: name, entered, enteredAmount: open, conversionToNext: null, avgTimeMs: null, medianTimeMs: null, openDeals: Object.keys(open).length, openAmount: open });
const deal = (dealId: number, currency: string, amount: number) => ({ dealId, stage: 'New', timeInStageMs: 3_600_000, probability: 0.05, amount, currency });

describe('funnel workbook', () => {
  it('counts the forecast’s open deals per currency and names the shipped stages in the asker’s language', () => {
    const funnel = {
      stages: [stage('New', 3, { UAH: 300_00, EUR: 100_00 }), stage('Won', 0, {})],
      openDeals: [deal(1, 'UAH', 100_00), deal(2, 'UAH', 200_00), deal(3, 'EUR', 100_00)],
      forecast: { openDeals: 3, openAmount: { UAH: 300_00, EUR: 100_00 }, expectedAmount: { UAH: 15_00, EUR: 5_00 } },
    } as unknown as Funnel;
    const [stages, forecast] = funnelSheets(funnel, translator('uk'));
    expect(stages!.rows.map((r) => r.stage)).toEqual(['Нова', 'Виграна']);
    expect(forecast!.rows).toEqual([
      { currency: 'EUR', openDeals: 1, openAmount: 100, expectedAmount: 5 },
      { currency: 'UAH', openDeals: 2, openAmount: 300, expectedAmount: 15 },
    ]);
  });
});
