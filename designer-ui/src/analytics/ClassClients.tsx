import { Anchor, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClassRow } from './api';

/** The clients of one matrix cell, biggest first. */
export function ClassClients({ cell, rows }: { cell: string; rows: ClassRow[] }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const pct = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <div data-testid="abc-clients">
      <Title order={2} size="h5" mt="lg" mb="xs">
        {t('analytics.abc.cellClients', { cell, n: rows.length })}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('analytics.abc.noClients')}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('analytics.abc.client')}</Table.Th>
              <Table.Th ta="right">{t('analytics.abc.revenue')}</Table.Th>
              <Table.Th ta="right">{t('analytics.abc.margin')}</Table.Th>
              <Table.Th ta="right">{t('analytics.abc.share')}</Table.Th>
              <Table.Th ta="right">{t('analytics.abc.cv')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.counterpartyId} data-testid="abc-client">
                <Table.Td>
                  <Anchor component={Link} to={`/clients/${r.counterpartyId}`}>
                    {r.name}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right">{number.format(r.revenue)}</Table.Td>
                <Table.Td ta="right">{number.format(r.margin)}</Table.Td>
                <Table.Td ta="right">{pct.format(r.share)}</Table.Td>
                <Table.Td ta="right">{r.cv === null ? '—' : number.format(r.cv)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}
