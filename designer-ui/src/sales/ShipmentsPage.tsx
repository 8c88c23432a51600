import { Alert, Button, Checkbox, Group, Loader, Select, Stack, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import type { User } from '../api/types';
import { ExportXlsxButton } from '../export/ExportXlsxButton';
import { exportPath } from '../export/exportPath';
import { shipmentsApi, shipmentStates, type ShipmentFilter } from './api';
import { canWriteSales } from './roles';
import { ShipmentForm } from './ShipmentForm';
import { ShipmentTable } from './ShipmentTable';
import { usePages } from './usePages';
import { useSalesRefs } from './useSalesRefs';
import { ClientPicker } from '../pickers/ClientPicker';
import { DealPicker } from '../pickers/DealPicker';

/** Shipments within the user's reach, filtered by state, overdue, deal or client; planning a new one from a deal. */
export function ShipmentsPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const canWrite = canWriteSales(user.roles);
  const [filter, setFilter] = useState<ShipmentFilter>({});
  const [creating, setCreating] = useState(false);
  const set = (patch: Partial<ShipmentFilter>) => setFilter((f) => ({ ...f, ...patch }));

  const fetchPage = useCallback((after: string | null) => shipmentsApi.list(filter, after), [filter]);
  const { items, next, error, load } = usePages(fetchPage);
  const refs = useSalesRefs(items);

  return (
    <Stack gap="md" data-testid="shipments-page">
      <Group justify="space-between">
        <Title order={1} size="h3">
          {t('sales.shipments.title')}
        </Title>
        <Group gap="xs">
          <ExportXlsxButton path={exportPath('/shipments', { state: filter.state, overdue: filter.overdue ? 'true' : undefined, dealId: filter.dealId, counterpartyId: filter.counterpartyId })} testId="shipments-export" />
          {canWrite && (
            <Button onClick={() => setCreating(true)} data-testid="shipment-new">
              {t('sales.shipments.plan')}
            </Button>
          )}
        </Group>
      </Group>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('sales.shipments.state')}
          data={shipmentStates.map((s) => ({ value: s, label: t(`sales.shipments.states.${s}`) }))}
          value={filter.state ?? null}
          onChange={(v) => set({ state: (v ?? undefined) as ShipmentFilter['state'] })}
          placeholder={t('sales.any')}
          clearable
          w={170}
          data-testid="filter-state"
        />
        <DealPicker label={t('sales.deal')} value={filter.dealId} onChange={(v) => set({ dealId: v ?? undefined })} placeholder={t('sales.any')} clearable w={240} data-testid="filter-deal" />
        <ClientPicker label={t('sales.client')} value={filter.counterpartyId} onChange={(v) => set({ counterpartyId: v ?? undefined })} placeholder={t('sales.any')} clearable w={240} data-testid="filter-client" />
        <Checkbox label={t('sales.shipments.onlyOverdue')} checked={!!filter.overdue} onChange={(e) => set({ overdue: e.currentTarget.checked || undefined })} mb={8} data-testid="filter-overdue" />
      </Group>
      {error !== null && (
        <Alert color="red" role="alert">
          {describeError(t, error)}
        </Alert>
      )}
      {items === null && error === null && <Loader />}
      {items && <ShipmentTable shipments={items} refs={refs} canWrite={canWrite} onChanged={() => void load()} />}
      {next && (
        <Group>
          <Button variant="default" onClick={() => void load(next)}>
            {t('sales.showMore')}
          </Button>
        </Group>
      )}
      {creating && (
        <ShipmentForm
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            void load();
          }}
        />
      )}
    </Stack>
  );
}
