import { ActionIcon, Alert, Button, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../api/client';
import { useServerErrors } from '../forms/useServerErrors';
import { shipmentsApi, type Shipment } from './api';
import { fromLocalInput, toLocalInput } from './dates';
import { ProductPicker } from './ProductPicker';
import { DealPicker } from '../pickers/DealPicker';
import { DateField } from '../dates/DateField';

interface Line {
  productId: number | null;
  qty: number | string;
}

interface Props {
  /** The deal to ship for; absent: the user picks one (a lost deal ships nothing). */
  dealId?: number;
  onClose: () => void;
  onSaved: (s: Shipment) => void;
}

const fields = ['dealId', 'lines', 'plannedAt', 'notes'] as const;
const tomorrow = () => toLocalInput(new Date(Date.now() + 86_400_000).toISOString().slice(0, 11) + '10:00:00Z');

/** Plans a shipment of a deal: what leaves (product lines) and when. */
export function ShipmentForm({ dealId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [deal, setDeal] = useState<number | null>(dealId ?? null);
  const [lines, setLines] = useState<Line[]>([{ productId: null, qty: 1 }]);
  const [plannedAt, setPlannedAt] = useState(tomorrow);
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  // One key per form: a retried submit never plans the shipment twice.
  const [key] = useState(newIdempotencyKey);
  const errors = useServerErrors(fields);

  const setLine = (i: number, patch: Partial<Line>) => {
    setLines((ls) => ls.map((l, n) => (n === i ? { ...l, ...patch } : l)));
    errors.clearField('lines');
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    errors.setError(null);
    try {
      const body = {
        dealId: deal ?? 0,
        lines: lines.map((l) => ({ productId: l.productId ?? 0, qty: Number(l.qty) })),
        plannedAt: fromLocalInput(plannedAt) ?? plannedAt,
        notes: notes.trim() || null,
      };
      onSaved(await shipmentsApi.create(body, key));
    } catch (err) {
      errors.setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('sales.shipments.plan')} size="lg">
      <form onSubmit={submit} noValidate data-testid="shipment-form">
        <Stack gap="sm">
          {dealId === undefined && (
            <DealPicker
              label={t('sales.deal')}
              value={deal}
              onChange={(v) => (setDeal(v), errors.clearField('dealId'))}
              hide={(d) => d.status === 'lost'}
              error={errors.byField.dealId}
              required
              data-autofocus
              data-testid="shipment-deal"
            />
          )}
          <Text size="sm" fw={500}>
            {t('sales.shipments.lines')}
          </Text>
          {lines.map((line, i) => (
            <Group key={i} align="flex-end" wrap="nowrap" data-testid="shipment-line">
              <div style={{ flex: 1 }}>
                <ProductPicker label={t('sales.shipments.product')} value={line.productId} onChange={(productId) => setLine(i, { productId })} testId={`shipment-product-${i}`} />
              </div>
              <NumberInput label={t('sales.shipments.qty')} value={line.qty} onChange={(qty) => setLine(i, { qty })} min={0.001} decimalScale={3} w={110} required data-testid={`shipment-qty-${i}`} />
              <ActionIcon variant="subtle" color="red" size="lg" mb={4} disabled={lines.length === 1} onClick={() => setLines((ls) => ls.filter((_, n) => n !== i))} aria-label={t('sales.shipments.removeLine')}>
                ×
              </ActionIcon>
            </Group>
          ))}
          {errors.byField.lines && (
            <Text size="sm" c="red">
              {errors.byField.lines}
            </Text>
          )}
          <Group>
            <Button variant="light" size="xs" onClick={() => setLines((ls) => [...ls, { productId: null, qty: 1 }])} data-testid="shipment-add-line">
              {t('sales.shipments.addLine')}
            </Button>
          </Group>
          <DateField withTime label={t('sales.shipments.plannedAt')} value={plannedAt} onChange={(value) => (setPlannedAt(value), errors.clearField('plannedAt'))} error={errors.byField.plannedAt} required data-testid="shipment-planned-at" />
          <Textarea label={t('sales.shipments.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.byField.notes} autosize minRows={2} />
          {errors.formError && (
            <Alert color="red" role="alert" data-testid="shipment-form-error">
              {errors.formError}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('sales.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="shipment-save">
              {t('sales.shipments.plan')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
