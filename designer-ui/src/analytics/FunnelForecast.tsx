import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Funnel } from './api';
import { formatAmounts } from './money';

/** The forecast: open deals, their amount, and the amount expected from their win probabilities. */
export function FunnelForecast({ funnel }: { funnel: Funnel }) {
  const { t, i18n } = useTranslation();
  const figures = [
    { label: t('analytics.funnel.openDeals'), value: String(funnel.forecast.openDeals) },
    { label: t('analytics.funnel.openAmount'), value: formatAmounts(funnel.forecast.openAmount, i18n.language) },
    { label: t('analytics.funnel.expected'), value: formatAmounts(funnel.forecast.expectedAmount, i18n.language) },
    { label: t('analytics.funnel.closed'), value: t('analytics.funnel.wonOf', { won: funnel.history.won, closed: funnel.history.closedDeals }) },
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} mt="lg" data-testid="funnel-forecast">
      {figures.map((f) => (
        <Card key={f.label} withBorder padding="sm">
          <Text size="xs" c="dimmed">
            {f.label}
          </Text>
          <Text fw={700} size="lg">
            {f.value}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
