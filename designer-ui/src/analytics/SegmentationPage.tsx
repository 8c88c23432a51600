import { Alert, Group, Loader, SegmentedControl, SimpleGrid, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import type { User } from '../api/types';
import { ExportXlsxButton } from '../export/ExportXlsxButton';
import { MonitoringTabs } from '../monitoring/MonitoringTabs';
import { lastYear } from './period';
import { segmentationDimensions, segmentationPath, segmentationReport, type Segmentation, type SegmentationDimension } from './reportsApi';
import { SegmentationChart } from './SegmentationChart';
import { SegmentationTable } from './SegmentationTable';
import { DateField } from '../dates/DateField';

/** Clients and their sales over a period by industry, region, size, class or status (within the reader's reach). */
export function SegmentationPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(lastYear);
  const [dimension, setDimension] = useState<SegmentationDimension>('industry');
  const [query] = useDebouncedValue(period, 300);
  const [report, setReport] = useState<Segmentation | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!query.from || !query.to) return;
    const controller = new AbortController();
    segmentationReport(query, controller.signal).then(
      (r) => (setReport(r), setError(null)),
      (err: unknown) => controller.signal.aborted || (setReport(null), setError(err)),
    );
    return () => controller.abort();
  }, [query]);

  return (
    <div data-testid="segmentation-page">
      <MonitoringTabs user={user} />
      <Title order={1} size="h3" mb="xs">
        {t('analytics.segmentation.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('analytics.segmentation.hint')}
      </Text>
      <Group align="flex-end" gap="sm" mb="md">
        <DateField label={t('analytics.from')} value={period.from} onChange={(value) => setPeriod({ ...period, from: value })} w={150} required data-testid="segmentation-from" />
        <DateField label={t('analytics.to')} value={period.to} onChange={(value) => setPeriod({ ...period, to: value })} w={150} required data-testid="segmentation-to" />
        <SegmentedControl
          value={dimension}
          onChange={(v) => setDimension(v as SegmentationDimension)}
          data={segmentationDimensions.map((d) => ({ value: d, label: t(`analytics.segmentation.dimension.${d}`) }))}
          aria-label={t('analytics.segmentation.by')}
          data-testid="segmentation-dimension"
        />
        <ExportXlsxButton path={segmentationPath(query)} testId="segmentation-export" />
      </Group>
      {error !== null && (
        <Alert color="red" role="alert" mb="md">
          {describeError(t, error)}
        </Alert>
      )}
      {!report && error === null && <Loader />}
      {report && (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <SegmentationChart dimension={dimension} rows={report[dimension]} />
          <SegmentationTable dimension={dimension} rows={report[dimension]} />
        </SimpleGrid>
      )}
    </div>
  );
}
