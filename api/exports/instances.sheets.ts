import type { ProcessInstance } from '../../domain/processes/index.ts';
import type { Translate } from './labels.ts';
import type { Sheet } from './workbook.ts';

/** The monitoring list: every matching instance, newest first. */
export function instanceSheets(items: ProcessInstance[], t: Translate): Sheet[] {
  return [
    {
      name: t('instances'),
      columns: [
        { header: t('instance'), key: 'workflowId', width: 44 },
        { header: t('process'), key: 'key', width: 18 },
        { header: t('version'), key: 'version', width: 9 },
        { header: t('state'), key: 'status' },
        { header: t('stage'), key: 'stage', width: 18 },
        { header: t('currentSteps'), key: 'currentNodes', width: 24 },
        { header: t('record'), key: 'record', width: 16 },
        { header: t('startedBy'), key: 'startedBy' },
        { header: t('startedAt'), key: 'startedAt', width: 22 },
        { header: t('endedAt'), key: 'endedAt', width: 22 },
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
