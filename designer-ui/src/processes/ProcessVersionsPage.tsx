import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { describeError } from '../api/describeError';
import { formatDate } from '../i18n/format';
import { deployerName } from './deployerName';
import { processName } from './processName';
import { useProcess } from './useProcess';

/** Every version of a key: who deployed it and when, open it read-only, make it the active one. */
export function ProcessVersionsPage() {
  const { t, i18n } = useTranslation();
  const key = useParams<{ key: string }>().key!;
  const { process, error, makeActive } = useProcess(key);
  const [busy, setBusy] = useState<number | null>(null);
  const base = `/processes/${encodeURIComponent(key)}`;

  const activate = async (number: number) => {
    setBusy(number);
    await makeActive(number);
    setBusy(null);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <div>
          <Title order={1} size="h2">
            {t('versions.title', { name: processName(t, key, process?.name) })}
          </Title>
          <Text size="sm" c="dimmed" ff="monospace">
            {key}
          </Text>
        </div>
        <Button component={Link} to={base} data-testid="edit-latest">
          {t('versions.editLatest')}
        </Button>
      </Group>
      {error ? <Alert color="red">{describeError(t, error)}</Alert> : null}
      {!process && !error ? <Loader /> : null}
      {process ? (
        <Table striped withTableBorder bg="white" data-testid="version-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('versions.columns.version')}</Table.Th>
              <Table.Th>{t('versions.columns.name')}</Table.Th>
              <Table.Th>{t('versions.columns.deployedBy')}</Table.Th>
              <Table.Th>{t('versions.columns.deployedAt')}</Table.Th>
              <Table.Th>{t('versions.columns.warnings')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {process.versions.map((v) => (
              <Table.Tr key={v.number} data-testid={`version-row-${v.number}`}>
                <Table.Td>
                  <Group gap="xs">
                    <Anchor component={Link} to={`${base}/versions/${v.number}`} fw={600}>
                      {t('processes.versionShort', { number: v.number })}
                    </Anchor>
                    {v.active ? (
                      <Badge color="green" variant="light" data-testid="version-active">
                        {t('versions.active')}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>{v.name || '—'}</Table.Td>
                <Table.Td>{deployerName(t, v.deployedBy)}</Table.Td>
                <Table.Td>{formatDate(v.deployedAt, i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}</Table.Td>
                <Table.Td>{v.warnings.length ? <Badge color="yellow" variant="light">{v.warnings.length}</Badge> : '—'}</Table.Td>
                <Table.Td ta="right">
                  {!v.active ? (
                    <Button size="xs" variant="light" loading={busy === v.number} onClick={() => void activate(v.number)} data-testid={`make-active-${v.number}`}>
                      {t('versions.makeActive')}
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
