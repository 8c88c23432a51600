import type { abcXyz } from '../../domain/clients/index.ts';
import type { Translate } from './labels.ts';
import type { Sheet } from './workbook.ts';

type AbcXyz = Awaited<ReturnType<typeof abcXyz>>;

/** The 3×3 matrix (clients and total per cell) and the classified clients, best first. */
export function abcXyzSheets(r: AbcXyz, t: Translate): Sheet[] {
  const totals: Record<string, number> = {};
  for (const i of r.items) totals[i.abc + i.xyz] = (totals[i.abc + i.xyz] ?? 0) + i.total;
  const matrix: Sheet = {
    name: t('matrix'),
    columns: [
      { header: 'ABC', key: 'abc', width: 8 },
      ...['X', 'Y', 'Z'].flatMap((x) => [
        { header: t('xClients', x), key: `${x}_clients` },
        { header: t(r.measure === 'margin' ? 'xTotalMargin' : 'xTotalRevenue', x), key: `${x}_total`, width: 18 },
      ]),
    ],
    rows: ['A', 'B', 'C'].map((a) => ({
      abc: a,
      ...Object.fromEntries(['X', 'Y', 'Z'].flatMap((x) => [[`${x}_clients`, r.matrix[a + x] ?? 0], [`${x}_total`, totals[a + x] ?? 0]])),
    })),
  };
  const clients: Sheet = {
    name: t('clients'),
    columns: [
      { header: t('clientId'), key: 'counterpartyId' },
      { header: t('client'), key: 'name', width: 36 },
      { header: 'ABC', key: 'abc', width: 8 },
      { header: 'XYZ', key: 'xyz', width: 8 },
      { header: t('revenue'), key: 'revenue' },
      { header: t('margin'), key: 'margin' },
      { header: t('share'), key: 'share' },
      { header: t('variation'), key: 'cv' },
    ],
    rows: r.items.map((i) => ({ counterpartyId: i.counterpartyId, name: i.name, abc: i.abc, xyz: i.xyz, revenue: i.revenue, margin: i.margin, share: Math.round(i.share * 10_000) / 100, cv: i.cv === null ? null : Math.round(i.cv * 1000) / 1000 })),
  };
  return [matrix, clients];
}
