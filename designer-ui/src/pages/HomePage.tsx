import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { API_BASE } from '../api/client';
import type { User } from '../api/types';
import { formatDate } from '../i18n/format';
import { SystemStatusCard } from '../status/SystemStatusCard';

export function HomePage({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1} size="h2" data-testid="greeting">
          {t('home.greeting', { name: user.displayName })}
        </Title>
        <Text c="dimmed">{t('home.today', { date: formatDate(new Date(), i18n.language, { dateStyle: 'full' }) })}</Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <SystemStatusCard />
        <Card withBorder radius="md" padding="lg">
          <Title order={3} size="h4" mb="xs">
            {t('home.docsTitle')}
          </Title>
          <Text size="sm" mb="sm">
            {t('home.docsText')}
          </Text>
          <Anchor href={`${API_BASE}/docs`} target="_blank" rel="noreferrer" data-testid="api-docs-link">
            {t('home.docsLink')}
          </Anchor>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
