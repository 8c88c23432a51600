import type { Contract, RecordNames } from '../../domain/sales/index.ts';
import type { Translate } from './labels.ts';
import { nameOf, type Sheet } from './workbook.ts';

const dayMs = 86_400_000;

/** Whole days from `today` to the contract's last day (negative once it ended), as the screen's badge counts. */
const daysLeft = (validTo: string | null | undefined, today: string) => (validTo ? Math.round((Date.parse(validTo) - Date.parse(today)) / dayMs) : null);

/** The contracts list as on the screen: number, subject, deal, client, validity and days to the end. */
export function contractSheets(contracts: Contract[], names: RecordNames, t: Translate, today = new Date().toISOString().slice(0, 10)): Sheet[] {
  return [
    {
      name: t('contracts'),
      columns: [
        { header: t('number'), key: 'number', width: 18 },
        { header: t('subject'), key: 'subject', width: 30 },
        { header: t('deal'), key: 'deal', width: 28 },
        { header: t('client'), key: 'client', width: 28 },
        { header: t('validFrom'), key: 'validFrom', width: 12 },
        { header: t('validTo'), key: 'validTo', width: 12 },
        { header: t('daysLeft'), key: 'daysLeft' },
        { header: t('remindDaysBefore'), key: 'remindDaysBefore' },
        { header: t('active'), key: 'active', width: 10 },
        { header: t('responsible'), key: 'responsible', width: 22 },
      ],
      rows: contracts.map((c) => ({
        number: c.number,
        subject: c.subject ?? null,
        deal: nameOf(names.deals, c.dealId),
        client: nameOf(names.clients, c.counterpartyId),
        validFrom: c.validFrom,
        validTo: c.validTo ?? null,
        daysLeft: daysLeft(c.validTo, today),
        remindDaysBefore: c.remindDaysBefore,
        active: c.validFrom <= today && (!c.validTo || c.validTo >= today) ? t('yes') : null,
        responsible: nameOf(names.users, c.responsibleId),
      })),
    },
  ];
}
