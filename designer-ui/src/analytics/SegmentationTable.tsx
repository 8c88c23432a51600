import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SegmentationDimension, SegmentationRow } from './reportsApi';
import { segmentValue } from './segmentValue';

/** The figures behind the chart: clients, revenue, margin and share of revenue per value, with the total. */
export function SegmentationTable({ dimension, rows }: { dimension: SegmentationDimension; rows: SegmentationRow[] }) {
  const { t, i18n } = useTranslation();
  const amount = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const count = new Intl.NumberFormat(i18n.language);
  const pct = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const total = rows.reduce((a, r) => ({ clients: a.clients + r.clients, revenue: a.revenue + r.revenue, margin: a.margin + r.margin }), { clients: 0, revenue: 0, margin: 0 });
  if (rows.length === 0) return <Text c="dimmed">{t('analytics.segmentation.empty')}</Text>;
  return (
    <Table striped data-testid="segmentation-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t(`analytics.segmentation.dimension.${dimension}`)}</Table.Th>
          <Table.Th ta="right">{t('analytics.segmentation.clients')}</Table.Th>
          <Table.Th ta="right">{t('analytics.abc.revenue')}</Table.Th>
          <Table.Th ta="right">{t('analytics.abc.margin')}</Table.Th>
          <Table.Th ta="right">{t('analytics.segmentation.share')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.value ?? ''} data-testid="segmentation-row" data-value={r.value ?? ''} data-clients={r.clients} data-revenue={r.revenue}>
            <Table.Td>{segmentValue(t, dimension, r.value)}</Table.Td>
            <Table.Td ta="right">{count.format(r.clients)}</Table.Td>
            <Table.Td ta="right">{amount.format(r.revenue)}</Table.Td>
            <Table.Td ta="right">{amount.format(r.margin)}</Table.Td>
            <Table.Td ta="right">{total.revenue ? pct.format(r.revenue / total.revenue) : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr fw={600} data-testid="segmentation-total">
          <Table.Td>{t('analytics.abc.total')}</Table.Td>
          <Table.Td ta="right">{count.format(total.clients)}</Table.Td>
          <Table.Td ta="right">{amount.format(total.revenue)}</Table.Td>
          <Table.Td ta="right">{amount.format(total.margin)}</Table.Td>
          <Table.Td />
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
