import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** An unknown address, or a screen the user's roles do not show. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="not-found">
      <Title order={1} size="h3">
        {t('notFound.title')}
      </Title>
      <Text c="dimmed">{t('notFound.text')}</Text>
      <Anchor component={Link} to="/">
        {t('notFound.home')}
      </Anchor>
    </Stack>
  );
}
