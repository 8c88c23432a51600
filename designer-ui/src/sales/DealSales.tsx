import { Button, Card, Group, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contractsApi, shipmentsApi, type Contract, type Shipment } from './api';
import { ContractForm } from './ContractForm';
import { ContractTable } from './ContractTable';
import { ShipmentForm } from './ShipmentForm';
import { ShipmentTable } from './ShipmentTable';

interface Props {
  deal: { id: number; title: string };
  canWrite: boolean;
}

/** A deal's shipments and contracts on its page, with planning a shipment and registering a contract for it. */
export function DealSales({ deal, canWrite }: Props) {
  const { t } = useTranslation();
  const [shipments, setShipments] = useState<Shipment[]>([]);
  const [contracts, setContracts] = useState<Contract[]>([]);
  const [dialog, setDialog] = useState<'shipment' | Contract | 'contract' | null>(null);

  const load = useCallback(() => {
    shipmentsApi.list({ dealId: deal.id }).then((p) => setShipments(p.items), () => setShipments([]));
    contractsApi.list({ dealId: deal.id }).then((p) => setContracts(p.items), () => setContracts([]));
  }, [deal.id]);
  useEffect(load, [load]);
  const saved = () => {
    setDialog(null);
    load();
  };

  const header = (title: string, action: string, open: () => void, testId: string) => (
    <Group justify="space-between" mb="xs">
      <Title order={2} size="h5">
        {title}
      </Title>
      {canWrite && (
        <Button size="compact-sm" variant="light" onClick={open} data-testid={testId}>
          {action}
        </Button>
      )}
    </Group>
  );

  return (
    <>
      <Card withBorder data-testid="deal-shipments">
        {header(t('sales.shipments.title'), t('sales.shipments.plan'), () => setDialog('shipment'), 'deal-shipment-new')}
        <ShipmentTable shipments={shipments} canWrite={canWrite} onChanged={load} />
      </Card>
      <Card withBorder data-testid="deal-contracts">
        {header(t('sales.contracts.title'), t('sales.contracts.new'), () => setDialog('contract'), 'deal-contract-new')}
        <ContractTable contracts={contracts} canWrite={canWrite} onEdit={setDialog} />
      </Card>
      {dialog === 'shipment' && <ShipmentForm dealId={deal.id} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog !== null && dialog !== 'shipment' && (
        <ContractForm contract={dialog === 'contract' ? undefined : dialog} dealId={deal.id} onClose={() => setDialog(null)} onSaved={saved} />
      )}
    </>
  );
}
