import { Alert, Box, Button, Group, Loader, SegmentedControl, SimpleGrid, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import type { User } from '../api/types';
import { MonitoringTabs } from '../monitoring/MonitoringTabs';
import { abcXyz, abcXyzPath, type AbcXyz } from './api';
import { ExportXlsxButton } from '../export/ExportXlsxButton';
import { AbcXyzMatrix } from './AbcXyzMatrix';
import { ClassClients } from './ClassClients';
import { SalesByClass } from './SalesByClass';
import { lastYear } from './period';
import { RecalculateButton } from './RecalculateButton';
import { classRecalculators, salesImporters } from './roles';
import { ThresholdInputs } from './ThresholdInputs';
import { defaultThresholds, thresholdProblem } from './thresholds';
import { hasRole } from '../monitoring/roles';
import { Link } from 'react-router';
import { UserPicker } from '../users/UserPicker';
import { DateField } from '../dates/DateField';


/** Clients by share of sales (ABC) and by how steady their monthly sales are (XYZ). */
export function AbcXyzPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(lastYear);
  const [measure, setMeasure] = useState<'revenue' | 'margin'>('revenue');
  const [thresholds, setThresholds] = useState(defaultThresholds);
  const [manager, setManager] = useState<number | undefined>();
  const [query] = useDebouncedValue({ ...period, measure, ...thresholds, manager }, 300);
  const [result, setResult] = useState<AbcXyz | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [cell, setCell] = useState<string | null>(null);

  useEffect(() => {
    if (!query.from || !query.to || thresholdProblem(query)) return;
    let live = true;
    abcXyz(query).then(
      (r) => live && (setResult(r), setError(null)),
      (err) => live && (setResult(null), setError(err)),
    );
    return () => {
      live = false;
    };
  }, [query]);

  return (
    <div data-testid="abc-xyz-page">
      <MonitoringTabs user={user} />
      <Title order={1} size="h3" mb="md">
        {t('analytics.abc.title')}
      </Title>
      <Group align="flex-end" gap="sm" mb="md">
        <DateField label={t('analytics.from')} value={period.from} onChange={(value) => setPeriod({ ...period, from: value })} w={150} required />
        <DateField label={t('analytics.to')} value={period.to} onChange={(value) => setPeriod({ ...period, to: value })} w={150} required />
        <SegmentedControl
          value={measure}
          onChange={(v) => setMeasure(v as 'revenue' | 'margin')}
          data={[
            { value: 'revenue', label: t('analytics.abc.revenue') },
            { value: 'margin', label: t('analytics.abc.margin') },
          ]}
          aria-label={t('analytics.abc.measure')}
        />
        <ThresholdInputs value={thresholds} onChange={setThresholds} />
        <UserPicker label={t('analytics.manager')} value={manager} onChange={setManager} w={200} data-testid="abc-manager" />
      </Group>
      <Group gap="sm" mb="md">
        {hasRole(user, classRecalculators) && <RecalculateButton period={period} measure={measure} thresholds={thresholds} />}
        {hasRole(user, salesImporters) && (
          <Button component={Link} to="/analytics/sales-import" variant="default" data-testid="abc-import-link">
            {t('analytics.salesImport.open')}
          </Button>
        )}
      </Group>
      {error !== null && (
        <Alert color="red" role="alert" mb="md">
          {describeError(t, error)}
        </Alert>
      )}
      {!result && error === null && <Loader />}
      {result && (
        <>
          <Text size="sm" c="dimmed" mb="sm">
            {t('analytics.abc.clientsWithSales', { count: result.clients })} {t('analytics.abc.summary', result.thresholds)}
          </Text>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <Box>
              <AbcXyzMatrix result={result} selected={cell} onSelect={setCell} />
              <Text size="xs" c="dimmed" mt={4}>
                {t('analytics.abc.heatLegend')}
              </Text>
            </Box>
            <SalesByClass result={result} />
          </SimpleGrid>
          <Group mt="sm" mb="sm">
            <ExportXlsxButton path={abcXyzPath(query)} testId="abc-export" />
          </Group>
          {cell && <ClassClients cell={cell} rows={result.items.filter((r) => r.abc + r.xyz === cell)} />}
        </>
      )}
    </div>
  );
}
