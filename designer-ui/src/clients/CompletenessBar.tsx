import { Group, Progress, Text } from '@mantine/core';

const colorOf = (score: number) => (score >= 80 ? 'teal' : score >= 50 ? 'yellow' : 'red');

/** The completeness score as a short bar with its percentage. */
export function CompletenessBar({ score, w = 80 }: { score: number; w?: number }) {
  return (
    <Group gap={6} wrap="nowrap" data-testid="completeness-score" data-score={score}>
      <Progress value={score} color={colorOf(score)} w={w} size="sm" aria-hidden />
      <Text size="sm">{score}%</Text>
    </Group>
  );
}
