import { Box, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FunnelStage } from './api';
import { formatDuration } from './duration';
import { formatAmounts } from './money';
import { stageName } from '../deals/stageName';

const percent = (v: number | null, language: string) => (v === null ? '—' : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(v));

/** One bar per stage, as wide as the deals that entered it, and the figures beside it. */
export function FunnelChart({ stages }: { stages: FunnelStage[] }) {
  const { t, i18n } = useTranslation();
  const max = Math.max(1, ...stages.map((s) => s.entered));
  return (
    <Table data-testid="funnel-chart" verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={140}>{t('analytics.funnel.stage')}</Table.Th>
          <Table.Th>{t('analytics.funnel.entered')}</Table.Th>
          <Table.Th ta="right">{t('analytics.funnel.conversion')}</Table.Th>
          <Table.Th ta="right">{t('analytics.funnel.avgTime')}</Table.Th>
          <Table.Th ta="right">{t('analytics.funnel.medianTime')}</Table.Th>
          <Table.Th ta="right">{t('analytics.funnel.open')}</Table.Th>
          <Table.Th ta="right">{t('analytics.funnel.openAmount')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {stages.map((s) => (
          <Table.Tr key={s.stage} data-testid={`funnel-stage-${s.stage}`} data-entered={s.entered}>
            <Table.Td fw={500}>{stageName(t, s.stage)}</Table.Td>
            <Table.Td miw={220}>
              <Group gap="xs" wrap="nowrap">
                <Box h={22} w={s.entered ? `${Math.max(2, (s.entered / max) * 100)}%` : 0} maw="75%" bg="blue.5" style={{ borderRadius: 4 }} />
                <Text size="sm" fw={600}>
                  {s.entered}
                </Text>
              </Group>
              <Text size="xs" c="dimmed">
                {formatAmounts(s.enteredAmount, i18n.language)}
              </Text>
            </Table.Td>
            <Table.Td ta="right">{percent(s.conversionToNext, i18n.language)}</Table.Td>
            <Table.Td ta="right">{formatDuration(s.avgTimeMs, i18n.language)}</Table.Td>
            <Table.Td ta="right">{formatDuration(s.medianTimeMs, i18n.language)}</Table.Td>
            <Table.Td ta="right">{s.openDeals}</Table.Td>
            <Table.Td ta="right">{formatAmounts(s.openAmount, i18n.language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
