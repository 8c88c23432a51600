import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format';
import { ChangeAuthor } from './ChangeAuthor';
import { valueOf } from './ChangeEntry';
import type { Change } from './types';
import { showValue } from './values';

/** Field-level changes of the client and its contacts: who changed what, from what to what. */
export function HistoryPanel({ changes: all, userId }: { changes: Change[]; userId: number }) {
  const { t, i18n } = useTranslation();
  // A new record logs every field; the empty ones say nothing.
  const changes = all.filter((c) => !(c.action === 'create' && showValue(c.newValue) === '—'));
  if (changes.length === 0) return <Text c="dimmed">{t('clients.history.none')}</Text>;
  return (
    <Table data-testid="history">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('clients.history.when')}</Table.Th>
          <Table.Th>{t('clients.history.who')}</Table.Th>
          <Table.Th>{t('clients.history.field')}</Table.Th>
          <Table.Th>{t('clients.history.before')}</Table.Th>
          <Table.Th>{t('clients.history.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((c) => (
          <Table.Tr key={c.id} data-testid="history-row" data-field={c.field}>
            <Table.Td>{formatDate(c.changedAt, i18n.language, { dateStyle: 'short', timeStyle: 'short' })}</Table.Td>
            <Table.Td>
              <ChangeAuthor change={c} userId={userId} />
            </Table.Td>
            <Table.Td>
              {c.recordType === 'contact' && `${t('clients.history.contact')}: `}
              {t(`clients.field.${c.field}`, { defaultValue: c.field })}
              {c.action !== 'update' && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  ({t(`clients.history.action.${c.action}`, { defaultValue: c.action })})
                </Text>
              )}
            </Table.Td>
            <Table.Td c="dimmed">{valueOf(t, c.field, c.oldValue, c.oldLabel)}</Table.Td>
            <Table.Td>{valueOf(t, c.field, c.newValue, c.newLabel)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
