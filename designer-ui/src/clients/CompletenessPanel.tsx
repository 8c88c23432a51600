import { Badge, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CompletenessBar } from './CompletenessBar';
import type { Completeness } from './types';

/** The score and the fields that would raise it (required ones count double). */
export function CompletenessPanel({ completeness }: { completeness: Completeness }) {
  const { t } = useTranslation();
  const missing = (fields: string[], color: string, testId: string) =>
    fields.length > 0 && (
      <Group gap={4} data-testid={testId}>
        {fields.map((f) => (
          <Badge key={f} color={color} variant="light" size="sm">
            {t(`clients.field.${f}`, { defaultValue: f })}
          </Badge>
        ))}
      </Group>
    );
  return (
    <Paper withBorder p="md" data-testid="completeness-panel">
      <Title order={2} size="h5" mb="xs">
        {t('clients.completeness.title')}
      </Title>
      <CompletenessBar score={completeness.score} w={160} />
      {completeness.missingRequired.length > 0 && (
        <Text size="sm" mt="sm" mb={4}>
          {t('clients.completeness.missingRequired')}
        </Text>
      )}
      {missing(completeness.missingRequired, 'red', 'missing-required')}
      {completeness.missingDesirable.length > 0 && (
        <Text size="sm" mt="sm" mb={4}>
          {t('clients.completeness.missingDesirable')}
        </Text>
      )}
      {missing(completeness.missingDesirable, 'yellow', 'missing-desirable')}
      {completeness.missingRequired.length + completeness.missingDesirable.length === 0 && (
        <Text size="sm" c="teal" mt="sm">
          {t('clients.completeness.full')}
        </Text>
      )}
    </Paper>
  );
}
