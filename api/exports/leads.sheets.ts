import type { Lead } from '../../domain/sales/index.ts';
import { valueText, type Translate } from './labels.ts';
import type { Sheet } from './workbook.ts';

/** The leads of one status as listed, with who they came from, what they want and who has them. */
export function leadSheets(leads: Lead[], users: Map<number, string>, t: Translate): Sheet[] {
  return [
    {
      name: t('leads'),
      columns: [
        { header: t('receivedAt'), key: 'createdAt', width: 20 },
        { header: t('company'), key: 'company', width: 28 },
        { header: t('contactPerson'), key: 'contact', width: 24 },
        { header: t('phone'), key: 'phone', width: 18 },
        { header: t('email'), key: 'email', width: 26 },
        { header: t('taxId'), key: 'taxId', width: 14 },
        { header: t('interest'), key: 'interest', width: 32 },
        { header: t('source'), key: 'source', width: 16 },
        { header: t('channel'), key: 'channel', width: 12 },
        { header: t('status'), key: 'status', width: 14 },
        { header: t('responsible'), key: 'responsible', width: 22 },
        { header: t('rejectedReason'), key: 'reason', width: 28 },
      ],
      rows: leads.map((l) => ({
        createdAt: new Date(l.createdAt),
        company: l.companyName ?? null,
        contact: l.contactName ?? null,
        phone: l.phone ?? null,
        email: l.email ?? null,
        taxId: l.taxId ?? null,
        interest: l.interest ?? null,
        source: l.source ?? null,
        channel: valueText(t, 'channel', l.channel),
        status: valueText(t, 'lead', l.status),
        responsible: l.responsibleId ? (users.get(l.responsibleId) ?? `#${l.responsibleId}`) : null,
        reason: l.rejectedReason ?? null,
      })),
    },
  ];
}
