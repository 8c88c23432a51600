import { Anchor, Badge, Button, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatMoney } from '../i18n/format';
import type { Deal } from './api';
import { useSalesRefs } from '../sales/useSalesRefs';
import { stageName } from './stageName';

/** Deals as rows, a page at a time: "show more" asks the server for the next page. */
export function DealTable({ deals, hasMore, loading, onShowMore }: { deals: Deal[]; hasMore: boolean; loading: boolean; onShowMore: () => void }) {
  const { t, i18n } = useTranslation();
  // Client names of the rows shown, so the table says whose deal it is (as its export does).
  const refs = useSalesRefs(deals.map((d) => ({ dealId: null, counterpartyId: d.counterpartyId })));
  return (
    <Stack gap="sm">
    <Table striped highlightOnHover withTableBorder data-testid="deal-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('deals.columns.title')}</Table.Th>
          <Table.Th>{t('deals.client')}</Table.Th>
          <Table.Th>{t('deals.columns.stage')}</Table.Th>
          <Table.Th>{t('deals.columns.status')}</Table.Th>
          <Table.Th ta="right">{t('deals.columns.amount')}</Table.Th>
          <Table.Th>{t('deals.columns.closeBy')}</Table.Th>
          <Table.Th>{t('deals.columns.created')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {deals.map((d) => (
          <Table.Tr key={d.id}>
            <Table.Td>
              <Anchor component={Link} to={`/deals/${d.id}`}>
                {d.title}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/clients/${d.counterpartyId}`} size="sm">
                {refs.clientName(d.counterpartyId)}
              </Anchor>
            </Table.Td>
            <Table.Td>{d.stage ? stageName(t, d.stage) : '—'}</Table.Td>
            <Table.Td>
              <Badge color={d.status === 'won' ? 'green' : d.status === 'lost' ? 'red' : 'blue'} variant="light">
                {t(`deals.status.${d.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td ta="right">{formatMoney(d.amount, d.currency, i18n.language)}</Table.Td>
            <Table.Td>{d.expectedCloseDate ? formatDate(d.expectedCloseDate, i18n.language, { dateStyle: 'medium' }) : '—'}</Table.Td>
            <Table.Td>{formatDate(d.createdAt, i18n.language, { dateStyle: 'medium' })}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
      {hasMore && (
        <Button variant="light" onClick={onShowMore} loading={loading} style={{ alignSelf: "flex-start" }} data-testid="deal-table-more">
          {t('deals.showMoreRows', { shown: deals.length })}
        </Button>
      )}
    </Stack>
  );
}
