import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useServerErrors } from '../forms/useServerErrors';
import { shipmentsApi, type Shipment } from './api';
import { fromLocalInput, localToday, toLocalInput } from './dates';
import { DateField } from '../dates/DateField';

export type ShipmentActionKind = 'replan' | 'ship' | 'cancel';

interface Props {
  shipment: Shipment;
  action: ShipmentActionKind;
  onClose: () => void;
  /** Called with the changed shipment, or with null when it changed meanwhile and must be reloaded. */
  onDone: (s: Shipment | null) => void;
}

/**
 * Re-plans, ships or cancels one planned shipment, sending the version the user saw (If-Match).
 * When someone changed it meanwhile the server answers 412: the user is told and the list reloads.
 */
export function ShipmentAction({ shipment, action, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [plannedAt, setPlannedAt] = useState(() => toLocalInput(shipment.plannedAt));
  const [shippedOn, setShippedOn] = useState(localToday);
  const [busy, setBusy] = useState(false);
  const [stale, setStale] = useState(false);
  const errors = useServerErrors(['plannedAt', 'shippedOn'] as const);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    errors.setError(null);
    try {
      if (action === 'replan') onDone(await shipmentsApi.replan(shipment, fromLocalInput(plannedAt) ?? plannedAt));
      else if (action === 'ship') onDone(await shipmentsApi.ship(shipment, shippedOn));
      else onDone(await shipmentsApi.cancel(shipment));
    } catch (err) {
      if (err instanceof ApiError && (err.status === 412 || err.status === 409)) setStale(true);
      else errors.setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t(`sales.shipments.actions.${action}`)}>
      <form onSubmit={submit} noValidate data-testid={`shipment-${action}-form`}>
        <Stack gap="sm">
          {action === 'replan' && (
            <DateField withTime label={t('sales.shipments.plannedAt')} value={plannedAt} onChange={(value) => setPlannedAt(value)} error={errors.byField.plannedAt} required data-autofocus data-testid="shipment-new-date" />
          )}
          {action === 'ship' && (
            <DateField label={t('sales.shipments.shippedOn')} value={shippedOn} onChange={(value) => setShippedOn(value)} error={errors.byField.shippedOn} required data-autofocus data-testid="shipment-shipped-on" />
          )}
          {action === 'cancel' && <Text size="sm">{t('sales.shipments.cancelQuestion')}</Text>}
          {stale && (
            <Alert color="orange" data-testid="shipment-stale">
              {t('sales.stale')}
            </Alert>
          )}
          {errors.formError && (
            <Alert color="red" role="alert">
              {errors.formError}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={stale ? () => onDone(null) : onClose}>
              {stale ? t('sales.reload') : t('sales.cancel')}
            </Button>
            {!stale && (
              <Button type="submit" loading={busy} color={action === 'cancel' ? 'red' : undefined} data-testid="shipment-action-confirm">
                {t(`sales.shipments.actions.${action}`)}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
