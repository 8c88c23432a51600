import { Table, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ChangeAuthor } from '../clients/ChangeAuthor';
import { formatDate, formatMoney } from '../i18n/format';
import type { Deal, DealChange } from './api';
import { stageName } from './stageName';

/** A stored value as the deal page shows it: money as money, codes and stages by name, people as "you" or by name. */
function valueOf(t: TFunction, language: string, deal: Deal, userId: number, field: string, value: unknown, label: string | null): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0) || value === '') return '—';
  if (field === 'amount' && typeof value === 'number') return formatMoney(value, deal.currency, language);
  if (field === 'status' && typeof value === 'string') return t(`deals.status.${value}`, { defaultValue: value });
  if (field === 'stage' && typeof value === 'string') return stageName(t, value);
  if (field === 'responsibleId' && typeof value === 'number') return value === userId ? t('clients.history.you') : (label ?? `#${value}`);
  if ((field === 'expectedCloseDate' || field === 'closedAt') && typeof value === 'string') return formatDate(value, language);
  if (field === 'competitors' && Array.isArray(value)) return value.join(', ');
  if (field === 'products' && Array.isArray(value)) return t('deals.historyValues.products', { count: value.length });
  if (field === 'contacts' && Array.isArray(value)) return t('deals.historyValues.contacts', { count: value.length });
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Who changed which field of the deal, when, from what to what, in the user's words. */
export function DealHistory({ deal, history, userId }: { deal: Deal; history: DealChange[]; userId: number }) {
  const { t, i18n } = useTranslation();
  const show = (field: string, value: unknown, label: string | null) => valueOf(t, i18n.language, deal, userId, field, value, label);
  return (
    <>
      <Title order={2} size="h4">
        {t('deals.history')}
      </Title>
      {history.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('deals.related.none')}
        </Text>
      )}
      <Table withTableBorder data-testid="deal-history">
        <Table.Tbody>
          {history.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{formatDate(c.changedAt, i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}</Table.Td>
              <Table.Td>
                <ChangeAuthor change={c} userId={userId} />
              </Table.Td>
              <Table.Td data-testid="deal-history-field">{t(`deals.fields.${c.field}`, { defaultValue: c.field })}</Table.Td>
              <Table.Td c="dimmed">{show(c.field, c.oldValue, c.oldLabel)}</Table.Td>
              <Table.Td data-testid="deal-history-value">{show(c.field, c.newValue, c.newLabel)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
