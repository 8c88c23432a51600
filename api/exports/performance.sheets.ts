import type { salesPerformance } from '../../domain/sales/index.ts';
import type { Translate } from './labels.ts';
import { major, type Sheet } from './workbook.ts';

type Row = Awaited<ReturnType<typeof salesPerformance>>[number];

/** Plan against actual, one row per person. Amounts are in the plan's currency; every won currency is listed too. */
export function performanceSheets(rows: Row[], t: Translate): Sheet[] {
  return [
    {
      name: t('performance'),
      columns: [
        { header: t('manager'), key: 'manager', width: 24 },
        { header: t('currency'), key: 'currency', width: 9 },
        { header: t('planAmount'), key: 'planAmount', width: 20 },
        { header: t('actualAmount'), key: 'actualAmount', width: 20 },
        { header: t('amountDone'), key: 'amountDone', width: 18 },
        { header: t('wonByCurrency'), key: 'wonByCurrency', width: 24 },
        { header: t('planDeals'), key: 'planDeals', width: 18 },
        { header: t('actualDeals'), key: 'actualDeals', width: 18 },
        { header: t('dealsDone'), key: 'dealsDone', width: 18 },
        { header: t('planInteractions'), key: 'planInteractions', width: 18 },
        { header: t('actualInteractions'), key: 'actualInteractions', width: 18 },
        { header: t('interactionsDone'), key: 'interactionsDone', width: 22 },
      ],
      rows: rows.map((r) => ({
        manager: r.displayName ?? String(r.userId),
        currency: r.plan?.currency ?? null,
        planAmount: r.plan?.amountWon === null || r.plan?.amountWon === undefined ? null : major(r.plan.amountWon),
        actualAmount: r.actual.amountWon === null ? null : major(r.actual.amountWon),
        amountDone: r.completionPercent?.amountWon ?? null,
        wonByCurrency: r.actual.wonAmounts.map((w) => `${major(w.amount)} ${w.currency}`).join('; ') || null,
        planDeals: r.plan?.dealsWon ?? null,
        actualDeals: r.actual.dealsWon,
        dealsDone: r.completionPercent?.dealsWon ?? null,
        planInteractions: r.plan?.interactionsDone ?? null,
        actualInteractions: r.actual.interactionsDone,
        interactionsDone: r.completionPercent?.interactionsDone ?? null,
      })),
    },
  ];
}
