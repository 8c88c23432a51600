import type { ProcessInstance } from '../../domain/processes/index.ts';
import { valueText, type Translate } from './labels.ts';
import type { Sheet } from './workbook.ts';

/** Names for the ids an instance row holds, resolved for the whole list within the reader's reach. */
export interface InstanceNames {
  process: (key: string) => string;
  step: (key: string, version: number, nodeId: string) => string;
  record: (record: { type: string; id: string } | null) => string | null;
  user: (id: number | null | undefined) => string | null;
}

/** The monitoring list: every matching instance, newest first, in words (names, states) with real dates. */
export function instanceSheets(items: ProcessInstance[], names: InstanceNames, t: Translate): Sheet[] {
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
        { header: t('record'), key: 'record', width: 28 },
        { header: t('startedBy'), key: 'startedBy' },
        { header: t('startedAt'), key: 'startedAt', width: 22 },
        { header: t('endedAt'), key: 'endedAt', width: 22 },
      ],
      rows: items.map((i) => ({
        workflowId: i.workflowId,
        key: names.process(i.definitionKey),
        version: i.versionNumber,
        status: valueText(t, 'instance', i.status),
        stage: i.stage ? valueText(t, 'stage', i.stage) : null,
        currentNodes: i.currentNodes.map((n) => names.step(i.definitionKey, i.versionNumber, n)).join(', '),
        record: i.recordType ? (names.record({ type: i.recordType, id: i.recordId! }) ?? `${i.recordType}:${i.recordId}`) : null,
        startedBy: names.user(i.startedBy),
        startedAt: i.startedAt,
        endedAt: i.endedAt ?? null,
      })),
    },
  ];
}
