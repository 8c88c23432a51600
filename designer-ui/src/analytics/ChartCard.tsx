import { Card, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled frame around one chart, so the charts of a screen line up alike; `action` sits beside the title (e.g. a currency switch). */
export function ChartCard({ title, caption, action, children, testId }: { title: string; caption?: ReactNode; action?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Group justify="space-between" wrap="nowrap" gap="xs" mb={caption ? 2 : 'sm'}>
        <Text fw={600} size="sm">
          {title}
        </Text>
        {action}
      </Group>
      {caption && (
        <Text size="xs" c="dimmed" mb="sm">
          {caption}
        </Text>
      )}
      {children}
    </Card>
  );
}
