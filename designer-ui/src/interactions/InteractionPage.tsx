import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { User } from '../api/types';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ContactDetails } from './ContactDetails';

/** One interaction on its own page: where a reminder's or an overdue notice's link lands. */
export function InteractionPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  return (
    <Stack maw={720} gap="md">
      <Title order={1} size="h3">
        {t('interactions.pageTitle')}
      </Title>
      <Paper withBorder p="md">
        <ContactDetails user={user} id={id} onChanged={() => undefined} />
      </Paper>
    </Stack>
  );
}
