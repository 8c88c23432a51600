import type { InboxItem } from '../../domain/inbox/index.ts';
import { isLabel, type Translate } from './labels.ts';
import type { Sheet } from './workbook.ts';

/** One inbox view as listed: tasks, planned contacts and reminders in the screen's order. */
export function inboxSheets(items: InboxItem[], users: Map<number, string>, t: Translate): Sheet[] {
  const detail = (d: string) => {
    const key = `detail_${d}`;
    return isLabel(key) ? t(key) : d;
  };
  return [
    {
      name: t('inbox'),
      columns: [
        { header: t('kind'), key: 'kind', width: 14 },
        { header: t('title'), key: 'title', width: 36 },
        { header: t('process'), key: 'process', width: 24 },
        { header: t('client'), key: 'client', width: 26 },
        { header: t('deal'), key: 'deal', width: 26 },
        { header: t('due'), key: 'due', width: 22 },
        { header: t('overdue'), key: 'overdue', width: 12 },
        { header: t('priority'), key: 'priority', width: 10 },
        { header: t('detail'), key: 'detail', width: 28 },
        { header: t('assignee'), key: 'assignee', width: 22 },
      ],
      rows: items.map((i) => ({
        kind: t(`kind_${i.kind}`),
        title: i.title,
        process: i.process ? i.process.name : null,
        client: i.client?.name ?? null,
        deal: i.deal?.name ?? null,
        due: i.due ?? null,
        overdue: i.overdue ? t('yes') : null,
        priority: i.priority,
        detail: detail(i.detail),
        assignee: i.assigneeId ? (users.get(i.assigneeId) ?? `#${i.assigneeId}`) : null,
      })),
    },
  ];
}
