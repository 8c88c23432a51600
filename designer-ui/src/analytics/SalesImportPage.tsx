import { Alert, Anchor, Button, Code, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../api/describeError';
import type { User } from '../api/types';
import { MonitoringTabs } from '../monitoring/MonitoringTabs';
import { ImportErrors } from './ImportErrors';
import { importSalesFile, type SalesImport } from './reportsApi';

/**
 * Sales lines from a CSV or XLSX file: a check first (what would be stored, which rows are
 * wrong), then the import of the good rows. Sending the same file again stores nothing twice.
 */
export function SalesImportPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<SalesImport | null>(null);
  const [imported, setImported] = useState<SalesImport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const pick = (f: File | null) => {
    setFile(f);
    setChecked(null);
    setImported(null);
    setError(null);
  };
  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await importSalesFile(file, dryRun);
      if (dryRun) setChecked(answer);
      else setImported(answer);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="sales-import-page">
      <MonitoringTabs user={user} />
      <Title order={1} size="h3" mb="xs">
        {t('analytics.salesImport.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('analytics.salesImport.hint')} <Code>counterpartyId | taxId, date, revenue, margin, reference</Code>
      </Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(true);
        }}
      >
        <Group align="flex-end" gap="sm" mb="md">
          <FileInput label={t('analytics.salesImport.file')} accept=".csv,.xlsx,text/csv" value={file} onChange={pick} clearable w={340} data-testid="sales-import-file" />
          <Button type="submit" variant="default" disabled={!file} loading={busy && !checked} data-testid="sales-import-check">
            {t('analytics.salesImport.check')}
          </Button>
        </Group>
      </form>
      {error !== null && (
        <Alert color="red" role="alert" mb="md">
          {describeError(t, error)}
        </Alert>
      )}
      {checked && !imported && (
        <Paper withBorder p="md" data-testid="sales-import-check-result">
          <Stack gap="sm">
            <Text fw={600}>{t('analytics.salesImport.checked', { rows: checked.rows, valid: checked.valid, errors: checked.errors.length })}</Text>
            <ImportErrors errors={checked.errors} />
            <Group>
              <Button onClick={() => void run(false)} disabled={checked.valid === 0} loading={busy} data-testid="sales-import-run">
                {t('analytics.salesImport.run', { count: checked.valid })}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {imported && (
        <Alert color="teal" data-testid="sales-import-done" title={t('analytics.salesImport.doneTitle')}>
          {t('analytics.salesImport.done', { imported: imported.imported, skipped: imported.skipped, errors: imported.errors.length })}{' '}
          <Anchor component={Link} to="/analytics/abc-xyz">
            {t('analytics.salesImport.toAbc')}
          </Anchor>
        </Alert>
      )}
    </div>
  );
}
