import { valueText, type Translate } from './labels.ts';
import type { Sheet } from './workbook.ts';

/** An incoming request as its list shows it: names already resolved for the reader. */
export interface RequestRow {
  createdAt: string;
  from: string;
  counterpartyName: string | null;
  channel: string;
  text: string;
  addresseeName: string | null;
  readAt: string | null;
}

/** Calls and messages taken for someone who was out, newest first, as the requests screen lists them. */
export function requestSheets(rows: RequestRow[], t: Translate): Sheet[] {
  return [
    {
      name: t('requests'),
      columns: [
        { header: t('receivedAt'), key: 'createdAt', width: 20 },
        { header: t('from'), key: 'from', width: 24 },
        { header: t('client'), key: 'client', width: 26 },
        { header: t('channel'), key: 'channel', width: 14 },
        { header: t('request'), key: 'text', width: 48 },
        { header: t('addressee'), key: 'addressee', width: 22 },
        { header: t('readAt'), key: 'readAt', width: 20 },
      ],
      rows: rows.map((r) => ({
        createdAt: new Date(r.createdAt),
        from: r.from,
        client: r.counterpartyName,
        channel: valueText(t, 'channel', r.channel),
        text: r.text,
        addressee: r.addresseeName,
        readAt: r.readAt ? new Date(r.readAt) : null,
      })),
    },
  ];
}
