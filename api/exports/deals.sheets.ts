import type { Deal } from '../../domain/sales/index.ts';
import { stageText, valueText, type Translate } from './labels.ts';
import { major, type Sheet } from './workbook.ts';

/** The deals list as on the screen, plus the client and responsible by name. */
export function dealSheets(deals: Deal[], names: { clients: Map<number, string>; users: Map<number, string> }, t: Translate): Sheet[] {
  return [
    {
      name: t('deals'),
      columns: [
        { header: t('deal'), key: 'id', width: 9 },
        { header: t('title'), key: 'title', width: 32 },
        { header: t('client'), key: 'client', width: 28 },
        { header: t('stage'), key: 'stage', width: 20 },
        { header: t('status'), key: 'status' },
        { header: t('amount'), key: 'amount' },
        { header: t('currency'), key: 'currency', width: 9 },
        { header: t('closeBy'), key: 'closeBy' },
        { header: t('responsible'), key: 'responsible', width: 22 },
        { header: t('source'), key: 'source' },
        { header: t('lostReason'), key: 'lostReason', width: 22 },
        { header: t('createdAt'), key: 'createdAt', width: 22 },
        { header: t('closedAt'), key: 'closedAt', width: 22 },
      ],
      rows: deals.map((d) => ({
        id: d.id,
        title: d.title,
        client: names.clients.get(d.counterpartyId) ?? String(d.counterpartyId),
        stage: stageText(t, d.stage),
        status: valueText(t, 'status', d.status),
        amount: major(Number(d.amount)),
        currency: d.currency,
        closeBy: d.expectedCloseDate ? new Date(`${d.expectedCloseDate}T00:00:00Z`) : null,
        responsible: d.responsibleId ? (names.users.get(d.responsibleId) ?? String(d.responsibleId)) : null,
        source: d.source ?? null,
        lostReason: d.lostReason ?? null,
        createdAt: new Date(d.createdAt),
        closedAt: d.closedAt ? new Date(d.closedAt) : null,
      })),
    },
  ];
}
