import type { DuplicatePair } from '../../domain/clients/index.ts';
import type { Translate } from './labels.ts';
import type { Sheet } from './workbook.ts';

/** Likely duplicate pairs, best first, headed like the screen, with the reasons it shows as badges. */
export function duplicateSheets(pairs: DuplicatePair[], t: Translate): Sheet[] {
  return [
    {
      name: t('duplicates'),
      columns: [
        { header: t('client'), key: 'a', width: 32 },
        { header: t('looksLike'), key: 'b', width: 32 },
        { header: t('score'), key: 'score', width: 12 },
        { header: t('why'), key: 'why', width: 40 },
        { header: t('clientId'), key: 'idA', width: 12 },
        { header: t('looksLikeId'), key: 'idB', width: 16 },
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
