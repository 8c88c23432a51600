import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { nodeNames } from '../monitoring/nodeNames';
import type { NodeStatistics } from './api';
import { formatDuration } from './duration';

/** The heatmap's figures as a table, slowest first (the same numbers as on the diagram). */
export function NodeStatisticsTable({ nodes, xml }: { nodes: NodeStatistics[]; xml: string }) {
  const { t, i18n } = useTranslation();
  const names = useMemo(() => nodeNames(xml), [xml]);
  const d = (ms: number | null) => formatDuration(ms, i18n.language);
  const rows = [...nodes].sort((a, b) => (b.avgMs ?? -1) - (a.avgMs ?? -1));
  if (!rows.length) return <Text c="dimmed" mt="md">{t('analytics.heatmap.empty')}</Text>;
  return (
    <Table striped mt="md" data-testid="node-statistics">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('analytics.heatmap.node')}</Table.Th>
          <Table.Th ta="right">{t('analytics.heatmap.entered')}</Table.Th>
          <Table.Th ta="right">{t('analytics.heatmap.completed')}</Table.Th>
          <Table.Th ta="right">{t('analytics.heatmap.openNow')}</Table.Th>
          <Table.Th ta="right">{t('analytics.heatmap.avg')}</Table.Th>
          <Table.Th ta="right">p90</Table.Th>
          <Table.Th ta="right">{t('analytics.heatmap.slaBreaches')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((n) => (
          <Table.Tr key={n.nodeId}>
            <Table.Td>{names.get(n.nodeId) ?? n.nodeId}</Table.Td>
            <Table.Td ta="right">{n.entered}</Table.Td>
            <Table.Td ta="right">{n.completed}</Table.Td>
            <Table.Td ta="right">{n.open}</Table.Td>
            <Table.Td ta="right">{d(n.avgMs)}</Table.Td>
            <Table.Td ta="right">{d(n.p90Ms)}</Table.Td>
            <Table.Td ta="right">{n.withDueDate ? `${n.slaBreaches} / ${n.withDueDate}` : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
