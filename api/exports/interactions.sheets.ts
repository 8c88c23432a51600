import { interactionKinds, type EmployeeFigures } from '../../domain/interactions/index.ts';
import type { Translate } from './labels.ts';
import type { Sheet } from './workbook.ts';

/** Done, planned, overdue and cancelled per employee, then what each did by kind (calls done, meetings done...). */
export function interactionFigureSheets(rows: EmployeeFigures[], t: Translate): Sheet[] {
  const kindKey = (kind: string) => `done_${kind}`;
  return [
    {
      name: t('interactionsByEmployee'),
      columns: [
        { header: t('employee'), key: 'employee', width: 26 },
        { header: t('done'), key: 'done' },
        { header: t('planned'), key: 'planned' },
        { header: t('overdue'), key: 'overdue' },
        { header: t('cancelled'), key: 'cancelled' },
        ...interactionKinds.map((k) => ({ header: t('xDone', t(`detail_${k}`)), key: kindKey(k), width: 16 })),
      ],
      rows: rows.map((r) => ({
        employee: r.displayName,
        done: r.done,
        planned: r.planned,
        overdue: r.overdue,
        cancelled: r.cancelled,
        ...Object.fromEntries(interactionKinds.map((k) => [kindKey(k), r.byKind[k]?.done ?? 0])),
      })),
    },
  ];
}
