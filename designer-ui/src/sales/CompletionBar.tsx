import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  actual: string;
  plan: string | null;
  percent: number | null;
  testId?: string;
}

/** Actual against plan with the completion as a bar: green once reached, orange past half, red below. */
export function CompletionBar({ actual, plan, percent, testId }: Props) {
  const { t, i18n } = useTranslation();
  const color = percent === null ? 'gray' : percent >= 100 ? 'green' : percent >= 50 ? 'orange' : 'red';
  return (
    <Stack gap={2} miw={150} data-testid={testId}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={500}>
          {actual}
        </Text>
        <Text size="xs" c="dimmed">
          {plan === null ? t('sales.performance.noPlan') : `/ ${plan}`}
        </Text>
      </Group>
      {percent !== null && (
        <Group gap="xs" wrap="nowrap">
          <Progress value={Math.min(percent, 100)} color={color} size="md" style={{ flex: 1 }} aria-label={t('sales.performance.completion')} />
          <Text size="xs" w={52} ta="right" data-testid={testId ? `${testId}-percent` : undefined}>
            {new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100)}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
