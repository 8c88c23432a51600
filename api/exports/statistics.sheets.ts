import type { NodeStatistics } from '../../domain/processes/index.ts';
import { hours, type Sheet } from './workbook.ts';

/** The heatmap's table: per step of the process, slowest first like the screen. */
export function statisticsSheets(nodes: NodeStatistics[], names: Map<string, string>): Sheet[] {
  const ordered = [...nodes].sort((a, b) => (b.avgMs ?? -1) - (a.avgMs ?? -1));
  return [
    {
      name: 'Steps',
      columns: [
        { header: 'Step', key: 'name', width: 30 },
        { header: 'Node id', key: 'nodeId', width: 20 },
        { header: 'Type', key: 'nodeType', width: 18 },
        { header: 'Entered', key: 'entered' },
        { header: 'Passed', key: 'completed' },
        { header: 'Open now', key: 'open' },
        { header: 'Avg time, h', key: 'avgHours' },
        { header: 'p90 time, h', key: 'p90Hours' },
        { header: 'With due date', key: 'withDueDate' },
        { header: 'SLA missed', key: 'slaBreaches' },
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
