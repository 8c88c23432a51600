import type { segmentationReport } from '../../domain/clients/index.ts';
import type { Label, Translate } from './labels.ts';
import type { Sheet } from './workbook.ts';

type Row = { value: string | null; clients: number; revenue: number; margin: number };
// The report spreads one list per dimension beside its period; the type keeps only the period.
type Segmentation = Awaited<ReturnType<typeof segmentationReport>> & Record<string, unknown>;
const dimensions = ['industry', 'region', 'size', 'abcClass', 'xyzClass', 'status'] as const satisfies readonly Label[];

/** One sheet per dimension: the value, clients, revenue and margin over the period. */
export function segmentationSheets(r: Segmentation, t: Translate): Sheet[] {
  return dimensions.map((d) => ({
    name: t(d),
    columns: [
      { header: t(d), key: 'value', width: 28 },
      { header: t('clients'), key: 'clients' },
      { header: t('revenue'), key: 'revenue', width: 16 },
      { header: t('margin'), key: 'margin', width: 16 },
    ],
    rows: ((r[d] as Row[] | undefined) ?? []).map((row) => ({ value: row.value ?? t('notSet'), clients: row.clients, revenue: row.revenue, margin: row.margin })),
  }));
}
