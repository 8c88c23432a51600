import type { NodeStatistics } from '../../domain/processes/index.ts';
import type { Translate } from './labels.ts';
import { hours, type Sheet } from './workbook.ts';

/** The heatmap's table: per step of the process, slowest first like the screen. */
export function statisticsSheets(nodes: NodeStatistics[], names: Map<string, string>, t: Translate): Sheet[] {
  const ordered = [...nodes].sort((a, b) => (b.avgMs ?? -1) - (a.avgMs ?? -1));
  return [
    {
      name: t('steps'),
      columns: [
        { header: t('step'), key: 'name', width: 30 },
        { header: t('nodeId'), key: 'nodeId', width: 20 },
        { header: t('type'), key: 'nodeType', width: 18 },
        { header: t('entered'), key: 'entered' },
        { header: t('passed'), key: 'completed' },
        { header: t('openNow'), key: 'open' },
        { header: t('avgTime'), key: 'avgHours' },
        { header: t('p90Time'), key: 'p90Hours' },
        { header: t('withDueDate'), key: 'withDueDate' },
        { header: t('slaMissed'), key: 'slaBreaches' },
      ],
      rows: ordered.map((n) => ({
        name: names.get(n.nodeId) ?? n.nodeId,
        nodeId: n.nodeId,
        nodeType: n.nodeType,
        entered: n.entered,
        completed: n.completed,
        open: n.open,
        avgHours: hours(n.avgMs),
        p90Hours: hours(n.p90Ms),
        withDueDate: n.withDueDate,
        slaBreaches: n.slaBreaches,
      })),
    },
  ];
}
