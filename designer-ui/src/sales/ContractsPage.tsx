import { Alert, Button, Group, Loader, Stack, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { describeError } from '../api/describeError';
import type { User } from '../api/types';
import { ExportXlsxButton } from '../export/ExportXlsxButton';
import { exportPath } from '../export/exportPath';
import { contractsApi, type Contract } from './api';
import { ContractForm } from './ContractForm';
import { ContractTable } from './ContractTable';
import { canWriteSales } from './roles';
import { usePages } from './usePages';
import { useSalesRefs } from './useSalesRefs';
import { ClientPicker } from '../pickers/ClientPicker';

/** Contracts within the user's reach with their validity and days to expiry; registering and editing them. */
export function ContractsPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const canWrite = canWriteSales(user.roles);
  const [clientId, setClientId] = useState<number | undefined>();
  const [editing, setEditing] = useState<Contract | 'new' | null>(null);

  // `/contracts/:id` (the link of an expiry notice) opens that contract.
  const { id } = useParams();
  const navigate = useNavigate();
  const [opening, setOpening] = useState<unknown>(null);
  useEffect(() => {
    if (!id) return;
    contractsApi.get(Number(id)).then(setEditing, setOpening);
  }, [id]);
  const close = () => {
    setEditing(null);
    if (id) void navigate('/contracts');
  };

  const fetchPage = useCallback((after: string | null) => contractsApi.list({ counterpartyId: clientId }, after), [clientId]);
  const { items, next, error, load } = usePages(fetchPage);
  const refs = useSalesRefs(items);

  return (
    <Stack gap="md" data-testid="contracts-page">
      <Group justify="space-between">
        <Title order={1} size="h3">
          {t('sales.contracts.title')}
        </Title>
        <Group gap="xs">
          <ExportXlsxButton path={exportPath('/contracts', { counterpartyId: clientId })} testId="contracts-export" />
          {canWrite && (
            <Button onClick={() => setEditing('new')} data-testid="contract-new">
              {t('sales.contracts.new')}
            </Button>
          )}
        </Group>
      </Group>
      <Group>
        <ClientPicker label={t('sales.client')} value={clientId} onChange={(v) => setClientId(v ?? undefined)} placeholder={t('sales.any')} clearable w={260} data-testid="filter-client" />
      </Group>
      {opening !== null && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setOpening(null)} data-testid="contract-open-error">
          {describeError(t, opening)}
        </Alert>
      )}
      {error !== null && (
        <Alert color="red" role="alert">
          {describeError(t, error)}
        </Alert>
      )}
      {items === null && error === null && <Loader />}
      {items && <ContractTable contracts={items} refs={refs} canWrite={canWrite} onEdit={setEditing} />}
      {next && (
        <Group>
          <Button variant="default" onClick={() => void load(next)}>
            {t('sales.showMore')}
          </Button>
        </Group>
      )}
      {editing && (
        <ContractForm
          contract={editing === 'new' ? undefined : editing}
          onClose={close}
          onSaved={() => {
            close();
            void load();
          }}
        />
      )}
    </Stack>
  );
}
