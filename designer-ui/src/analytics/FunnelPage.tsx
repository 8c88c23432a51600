import { Alert, Group, Loader, Select, SimpleGrid, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import type { User } from '../api/types';
import { MonitoringTabs } from '../monitoring/MonitoringTabs';
import { useDefinitions } from '../monitoring/useDefinitions';
import { ExportXlsxButton } from '../export/ExportXlsxButton';
import { UserPicker } from '../users/UserPicker';
import { funnelPath, salesFunnel, type Funnel } from './api';
import { FunnelChart } from './FunnelChart';
import { FunnelForecast } from './FunnelForecast';
import { ForecastByStage } from './ForecastByStage';
import { StageBars } from './StageBars';
import { StageTimes } from './StageTimes';
import { processOption } from '../processes/processName';
import { DateField } from '../dates/DateField';

interface FunnelFilter {
  process: string;
  from?: string;
  to?: string;
  manager?: number;
}

/** The sales funnel: how many deals reach each stage, how long they stay, and what the open ones are worth. */
export function FunnelPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const definitions = useDefinitions();
  const [filter, setFilter] = useState<FunnelFilter>({ process: 'sales-pipeline' });
  const [debounced] = useDebouncedValue(filter, 300);
  const [funnel, setFunnel] = useState<Funnel | null>(null);
  const [error, setError] = useState<unknown>(null);
  const set = (patch: Partial<FunnelFilter>) => setFilter((f) => ({ ...f, ...patch }));

  useEffect(() => {
    let live = true;
    salesFunnel(debounced).then(
      (f) => live && (setFunnel(f), setError(null)),
      (err) => live && (setFunnel(null), setError(err)),
    );
    return () => {
      live = false;
    };
  }, [debounced]);

  return (
    <div data-testid="funnel-page">
      <MonitoringTabs user={user} />
      <Title order={1} size="h3" mb="md">
        {t('analytics.funnel.title')}
      </Title>
      <Group align="flex-end" gap="sm" mb="md">
        <Select
          label={t('monitoring.filter.process')}
          data={definitions.map((d) => processOption(t, d))}
          value={filter.process}
          onChange={(process) => process && set({ process })}
          allowDeselect={false}
          searchable
          w={300}
        />
        <DateField label={t('analytics.from')} value={filter.from ?? ''} onChange={(value) => set({ from: value || undefined })} w={150} />
        <DateField label={t('analytics.to')} value={filter.to ?? ''} onChange={(value) => set({ to: value || undefined })} w={150} />
        <UserPicker label={t('analytics.manager')} value={filter.manager} onChange={(manager) => set({ manager })} w={200} data-testid="funnel-manager" />
        {funnel && <ExportXlsxButton path={funnelPath(debounced)} testId="funnel-export" />}
      </Group>
      {error !== null && (
        <Alert color="red" role="alert" mb="md">
          {describeError(t, error)}
        </Alert>
      )}
      {!funnel && error === null && <Loader />}
      {funnel && (
        <>
          <SimpleGrid cols={{ base: 1, lg: 2 }} mb="md">
            <StageBars stages={funnel.stages} />
            <StageTimes stages={funnel.stages} />
          </SimpleGrid>
          <FunnelChart stages={funnel.stages} />
          <FunnelForecast funnel={funnel} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} mt="md">
            <ForecastByStage funnel={funnel} />
          </SimpleGrid>
        </>
      )}
    </div>
  );
}
