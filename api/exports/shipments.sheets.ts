import { isOverdue, type RecordNames, type Shipment, type ShipmentState } from '../../domain/sales/index.ts';
import type { Translate } from './labels.ts';
import { nameOf, type Sheet } from './workbook.ts';

/** The shipments list as on the screen: deal, client, goods with quantities, planned time, state. */
export function shipmentSheets(shipments: Shipment[], names: RecordNames, t: Translate, now = new Date()): Sheet[] {
  return [
    {
      name: t('shipments'),
      columns: [
        { header: t('shipment'), key: 'id', width: 10 },
        { header: t('deal'), key: 'deal', width: 28 },
        { header: t('client'), key: 'client', width: 28 },
        { header: t('goods'), key: 'goods', width: 36 },
        { header: t('plannedAt'), key: 'plannedAt', width: 22 },
        { header: t('state'), key: 'state', width: 14 },
        { header: t('overdue'), key: 'overdue', width: 12 },
        { header: t('shippedOn'), key: 'shippedOn', width: 14 },
        { header: t('responsible'), key: 'responsible', width: 22 },
        { header: t('notes'), key: 'notes', width: 30 },
      ],
      rows: shipments.map((s) => ({
        id: s.id,
        deal: nameOf(names.deals, s.dealId),
        client: nameOf(names.clients, s.counterpartyId),
        goods: s.lines.map((l) => `${nameOf(names.products, l.productId)} × ${l.qty}`).join('; '),
        plannedAt: s.plannedAt.toISOString(),
        state: t(`shipment_${s.state as ShipmentState}` as const),
        overdue: isOverdue(s, now) ? t('yes') : null,
        shippedOn: s.shippedOn ?? null,
        responsible: nameOf(names.users, s.responsibleId),
        notes: s.notes ?? null,
      })),
    },
  ];
}
