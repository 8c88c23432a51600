import type { ProcessInstance } from '../../domain/processes/index.ts';
import type { Sheet } from './workbook.ts';

/** The monitoring list: every matching instance, newest first. */
export function instanceSheets(items: ProcessInstance[]): Sheet[] {
  return [
    {
      name: 'Instances',
      columns: [
        { header: 'Instance', key: 'workflowId', width: 44 },
        { header: 'Process', key: 'key', width: 18 },
        { header: 'Version', key: 'version', width: 9 },
        { header: 'State', key: 'status' },
        { header: 'Stage', key: 'stage', width: 18 },
        { header: 'Current steps', key: 'currentNodes', width: 24 },
        { header: 'Record', key: 'record', width: 16 },
        { header: 'Started by', key: 'startedBy' },
        { header: 'Started at', key: 'startedAt', width: 22 },
        { header: 'Ended at', key: 'endedAt', width: 22 },
      ],
      rows: items.map((i) => ({
        workflowId: i.workflowId,
        key: i.definitionKey,
        version: i.versionNumber,
        status: i.status,
        stage: i.stage ?? null,
        currentNodes: i.currentNodes.join(', '),
        record: i.recordType ? `${i.recordType}:${i.recordId}` : null,
        startedBy: i.startedBy ?? null,
        startedAt: i.startedAt.toISOString(),
        endedAt: i.endedAt?.toISOString() ?? null,
      })),
    },
  ];
}
