import { Paper, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { describeError } from '../api/describeError';
import type { Schema } from '../api/types';
import { formatDate } from '../i18n/format';
import { ClassBadge } from './ClassBadge';

type ClassHistory = Schema<'ClientClassHistory'>['items'];

/** The client's ABC/XYZ classes as stored by each recalculation, newest first: how its weight and steadiness moved. */
export function ClassHistoryPanel({ counterpartyId }: { counterpartyId: number }) {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<ClassHistory | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const controller = new AbortController();
    api.get<Schema<'ClientClassHistory'>>(`/counterparties/${counterpartyId}/classes`, { signal: controller.signal }).then(
      (r) => setItems(r.items),
      (err: unknown) => controller.signal.aborted || setError(err),
    );
    return () => controller.abort();
  }, [counterpartyId]);
  const amount = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const pct = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const day = (d: string) => formatDate(`${d}T00:00:00Z`, i18n.language, { dateStyle: 'short', timeZone: 'UTC' });
  return (
    <Paper withBorder p="md" mt="md" data-testid="class-history">
      <Title order={2} size="h5" mb="xs">
        {t('clients.classes.title')}
      </Title>
      {error !== null && (
        <Text c="red" size="sm" role="alert">
          {describeError(t, error)}
        </Text>
      )}
      {items?.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('clients.classes.none')}
        </Text>
      )}
      {items && items.length > 0 && (
        <Table fz="xs" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('clients.classes.class')}</Table.Th>
              <Table.Th>{t('clients.classes.period')}</Table.Th>
              <Table.Th ta="right">{t('clients.classes.share')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.slice(0, 12).map((c, i) => (
              <Table.Tr key={`${c.computedAt}-${i}`} data-testid="class-history-row" data-class={c.abc + c.xyz}>
                <Table.Td>
                  <ClassBadge abc={c.abc} xyz={c.xyz} />
                </Table.Td>
                <Table.Td title={`${t(`analytics.abc.${c.measure}`, { defaultValue: c.measure })}: ${amount.format(c.total)} · ${formatDate(c.computedAt, i18n.language, { dateStyle: 'medium' })}`}>
                  {day(c.from)} – {day(c.to)}
                </Table.Td>
                <Table.Td ta="right">{pct.format(c.share)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
