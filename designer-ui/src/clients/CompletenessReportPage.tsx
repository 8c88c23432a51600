import { Alert, Anchor, Group, Loader, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { describeError } from '../api/describeError';
import { findUsers } from '../users/usersApi';
import { CompletenessFields, CompletenessByResponsible } from './CompletenessTables';
import { completenessReport, type CompletenessReport } from './completenessApi';

/** Which fields are missing most over the clients in reach (or the list's filter), and whose clients miss them. */
export function CompletenessReportPage() {
  const { t, i18n } = useTranslation();
  const { search } = useLocation();
  const [report, setReport] = useState<CompletenessReport | null>(null);
  const [names, setNames] = useState<Map<number, string>>(new Map());
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    completenessReport(search.replace(/^\?/, ''), controller.signal).then(setReport, (err: unknown) => controller.signal.aborted || setError(err));
    // Names make the table readable; without them it still shows the ids.
    findUsers('').then((users) => setNames(new Map(users.map((u) => [u.id, u.displayName]))), () => undefined);
    return () => controller.abort();
  }, [search]);

  const count = new Intl.NumberFormat(i18n.language);
  return (
    <div data-testid="completeness-report">
      <Group justify="space-between" mb="xs">
        <Title order={1} size="h3">
          {t('clients.completenessReport.title')}
        </Title>
        <Anchor component={Link} to="/clients">
          {t('clients.completenessReport.back')}
        </Anchor>
      </Group>
      {search && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('clients.completenessReport.filtered')}
        </Text>
      )}
      {error !== null && (
        <Alert color="red" role="alert">
          {describeError(t, error)}
        </Alert>
      )}
      {!report && error === null && <Loader />}
      {report && (
        <>
          <Text mb="md" data-testid="completeness-summary">
            {t('clients.completenessReport.summary', { total: count.format(report.total), score: report.averageScore })}
          </Text>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <Paper withBorder p="md">
              <Title order={2} size="h5" mb="sm">
                {t('clients.completenessReport.fields')}
              </Title>
              <CompletenessFields report={report} />
            </Paper>
            <Paper withBorder p="md">
              <Title order={2} size="h5" mb="sm">
                {t('clients.completenessReport.byResponsible')}
              </Title>
              <CompletenessByResponsible report={report} names={names} />
            </Paper>
          </SimpleGrid>
        </>
      )}
    </div>
  );
}
