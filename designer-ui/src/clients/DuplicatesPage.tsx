import { Alert, Anchor, Badge, Button, Group, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../api/describeError';
import type { User } from '../api/types';
import { ExportXlsxButton } from '../export/ExportXlsxButton';
import { mergeApi, type DuplicatePair } from './mergeApi';
import { MergeReview } from './MergeReview';

/** Roles whose grants include exporting clients (domain/access abilities); the API refuses the others. */
const clientExporters = ['admin', 'head_of_sales', 'sales_manager', 'marketer', 'analyst'];

/** Likely duplicate pairs among the clients the user may see, best first, each with a merge preview. */
export function DuplicatesPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const [pairs, setPairs] = useState<DuplicatePair[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reviewing, setReviewing] = useState<DuplicatePair | null>(null);

  const load = useCallback(async (signal?: AbortSignal) => {
    try {
      setPairs((await mergeApi.pairs(signal)).items);
    } catch (err) {
      if (!signal?.aborted) setError(err);
    }
  }, []);

  useEffect(() => {
    const abort = new AbortController();
    void load(abort.signal);
    return () => abort.abort();
  }, [load]);

  return (
    <div data-testid="duplicates-page">
      <Group justify="space-between" mb="md">
        <Title order={1} size="h3">
          {t('clients.merge.pairsTitle')}
        </Title>
        <Group gap="xs">
          {!!pairs?.length && user.roles.some((r) => clientExporters.includes(r)) && <ExportXlsxButton path="/duplicates" testId="duplicates-export" />}
          <Button variant="default" component={Link} to="/clients">
            {t('clients.list.title')}
          </Button>
        </Group>
      </Group>
      {error !== null && (
        <Alert color="red" mb="md" role="alert">
          {describeError(t, error)}
        </Alert>
      )}
      {pairs?.length === 0 && <Text c="dimmed">{t('clients.merge.none')}</Text>}
      {!!pairs?.length && (
        <Table striped data-testid="duplicate-pairs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('clients.merge.first')}</Table.Th>
              <Table.Th>{t('clients.merge.second')}</Table.Th>
              <Table.Th>{t('clients.merge.score')}</Table.Th>
              <Table.Th>{t('clients.merge.why')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pairs.map((p) => (
              <Table.Tr key={`${p.a.id}-${p.b.id}`} data-testid="duplicate-pair">
                <Table.Td>
                  <Anchor component={Link} to={`/clients/${p.a.id}`}>
                    {p.a.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/clients/${p.b.id}`}>
                    {p.b.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{Math.round(p.score * 100)} %</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {p.reasons.map((r) => (
                      <Badge key={r.kind} size="xs" variant="light" color="yellow">
                        {t(`clients.duplicates.reason.${r.kind}`)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="light" onClick={() => setReviewing(p)} data-testid="duplicate-review">
                    {t('clients.merge.review')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {reviewing && (
        <MergeReview
          pair={reviewing}
          onClose={() => setReviewing(null)}
          onMerged={() => {
            setReviewing(null);
            void load();
          }}
        />
      )}
    </div>
  );
}
