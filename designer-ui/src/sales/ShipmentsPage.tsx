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

/** Shipments within the user's reach, filtered by state, overdue, deal or client; planning a new one from a deal. */
export function ShipmentsPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const refs = useSalesRefs();
  const canWrite = canWriteSales(user.roles);
  const [filter, setFilter] = useState<ShipmentFilter>({});
  const [creating, setCreating] = useState(false);
  const set = (patch: Partial<ShipmentFilter>) => setFilter((f) => ({ ...f, ...patch }));

  const fetchPage = useCallback((after: string | null) => shipmentsApi.list(filter, after), [filter]);
  const { items, next, error, load } = usePages(fetchPage);

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
        <Select label={t('sales.deal')} data={refs.deals.map((d) => ({ value: String(d.id), label: d.title }))} value={filter.dealId ? String(filter.dealId) : null} onChange={(v) => set({ dealId: v ? Number(v) : undefined })} placeholder={t('sales.any')} searchable clearable w={240} />
        <Select label={t('sales.client')} data={refs.clients.map((c) => ({ value: String(c.id), label: c.name }))} value={filter.counterpartyId ? String(filter.counterpartyId) : null} onChange={(v) => set({ counterpartyId: v ? Number(v) : undefined })} placeholder={t('sales.any')} searchable clearable w={240} />
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
          deals={refs.deals.filter((d) => d.status !== 'lost')}
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
