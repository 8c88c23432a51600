import type { DuplicatePair } from '../../domain/clients/index.ts';
import type { Translate } from './labels.ts';
import type { Sheet } from './workbook.ts';

/** Likely duplicate pairs, best first, with the reasons the screen shows as badges. */
export function duplicateSheets(pairs: DuplicatePair[], t: Translate): Sheet[] {
  return [
    {
      name: t('duplicates'),
      columns: [
        { header: t('clientA'), key: 'a', width: 32 },
        { header: t('clientB'), key: 'b', width: 32 },
        { header: t('score'), key: 'score', width: 12 },
        { header: t('why'), key: 'why', width: 40 },
        { header: t('idA'), key: 'idA', width: 10 },
        { header: t('idB'), key: 'idB', width: 10 },
      ],
      rows: pairs.map((p) => ({
        a: p.a.name,
        b: p.b.name,
        score: Math.round(p.score * 1000) / 10,
        why: p.reasons.map((r) => t(`reason_${r.kind}`)).join(', '),
        idA: p.a.id,
        idB: p.b.id,
      })),
    },
  ];
}
