import { Alert, Anchor, Badge, Button, FileButton, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { describeError } from '../api/describeError';
import { ExportXlsxButton } from '../export/ExportXlsxButton';
import { formatDate } from '../i18n/format';
import { deployerName } from './deployerName';
import { processName } from './processName';
import { keyFromFileName } from './readBpmnFile';
import { useProcessList, type ProcessRow } from './useProcessList';

/** The process keys a process owner designs: active version, how many versions, last deploy. */
export function ProcessesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { rows, error } = useProcessList();

  const importFile = async (file: File | null) => {
    if (!file) return;
    void navigate('/processes/new', { state: { xml: await file.text(), key: keyFromFileName(file.name) } });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('processes.title')}
        </Title>
        <Group>
          <ExportXlsxButton path="/process-definitions" size="sm" testId="processes-export" />
          <FileButton onChange={(f) => void importFile(f)} accept=".bpmn,.xml,application/xml,text/xml">
            {(props) => (
              <Button variant="default" {...props} data-testid="process-import">
                {t('processes.import')}
              </Button>
            )}
          </FileButton>
          <Button component={Link} to="/processes/new" data-testid="process-new">
            {t('processes.new')}
          </Button>
        </Group>
      </Group>
      {error ? <Alert color="red">{describeError(t, error)}</Alert> : null}
      {rows === null && !error ? <Loader /> : null}
      {rows?.length === 0 ? <Text c="dimmed">{t('processes.empty')}</Text> : null}
      {rows && rows.length > 0 ? <ProcessTable rows={rows} /> : null}
    </Stack>
  );
}

function ProcessTable({ rows }: { rows: ProcessRow[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table striped highlightOnHover withTableBorder bg="white" data-testid="process-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('processes.columns.process')}</Table.Th>
          <Table.Th>{t('processes.columns.active')}</Table.Th>
          <Table.Th ta="right">{t('processes.columns.versions')}</Table.Th>
          <Table.Th>{t('processes.columns.lastDeploy')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((p) => (
          <Table.Tr key={p.key} data-testid={`process-row-${p.key}`}>
            <Table.Td>
              <Anchor component={Link} to={`/processes/${encodeURIComponent(p.key)}`} fw={600}>
                {processName(t, p.key, p.name)}
              </Anchor>
              <Text size="xs" c="dimmed" ff="monospace">
                {p.key}
              </Text>
            </Table.Td>
            <Table.Td>
              {p.activeVersion === null ? (
                <Badge color="gray" variant="light">
                  {t('processes.inactive')}
                </Badge>
              ) : (
                <Badge color="green" variant="light" tt="none" data-testid={`process-active-${p.key}`}>
                  {t('processes.versionShort', { number: p.activeVersion })}
                </Badge>
              )}
            </Table.Td>
            <Table.Td ta="right">{p.versionCount}</Table.Td>
            <Table.Td>
              {p.lastDeploy
                ? t('processes.deployedByAt', {
                    who: deployerName(t, p.lastDeploy.deployedBy),
                    when: formatDate(p.lastDeploy.deployedAt, i18n.language, { dateStyle: 'medium', timeStyle: 'short' }),
                  })
                : '—'}
            </Table.Td>
            <Table.Td ta="right">
              <Anchor component={Link} to={`/processes/${encodeURIComponent(p.key)}/versions`} size="sm">
                {t('processes.versions')}
              </Anchor>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
