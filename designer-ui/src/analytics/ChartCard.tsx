import { Card, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled frame around one chart, so the charts of a screen line up alike. */
export function ChartCard({ title, caption, children, testId }: { title: string; caption?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Text fw={600} size="sm" mb={caption ? 2 : 'sm'}>
        {title}
      </Text>
      {caption && (
        <Text size="xs" c="dimmed" mb="sm">
          {caption}
        </Text>
      )}
      {children}
    </Card>
  );
}
