import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../api/client';
import { DateField } from '../dates/DateField';
import { useServerErrors } from '../forms/useServerErrors';
import { localToday } from '../sales/dates';
import { fromMinor, MoneyFields, toMinor } from '../sales/MoneyFields';
import { invoicesApi } from './invoicesApi';
import type { Invoice } from './related';

const FIELDS = ['amount', 'paidOn', 'currency', 'invoiceId'] as const;

/**
 * Money that came in for an invoice, typed from the bank or the till: what is still owed is
 * offered, the day is today. A part payment leaves the invoice part-paid; the last one pays it,
 * and a Sales process waiting for the payment goes on.
 */
export function PaymentForm({ invoice, onClose, onSaved }: { invoice: Invoice; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState<number | string>(fromMinor(invoice.outstanding, invoice.currency));
  const [paidOn, setPaidOn] = useState(localToday());
  const [busy, setBusy] = useState(false);
  const errors = useServerErrors(FIELDS);
  const idempotencyKey = useRef(newIdempotencyKey());

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    errors.setError(null);
    try {
      await invoicesApi.pay({ amount: toMinor(amount, invoice.currency), currency: invoice.currency, paidOn, invoiceId: invoice.id }, idempotencyKey.current);
      onSaved();
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('deals.payment.title', { number: invoice.number })}>
      <form onSubmit={submit} noValidate data-testid="payment-form">
        <Stack gap="sm">
          <MoneyFields amount={amount} currency={invoice.currency} onAmount={(v) => (setAmount(v), errors.clearField('amount'))} amountError={errors.byField.amount} testId="payment" />
          <DateField label={t('deals.payment.paidOn')} value={paidOn} onChange={(v) => (setPaidOn(v), errors.clearField('paidOn'))} error={errors.byField.paidOn} required data-testid="payment-paid-on" />
          {errors.formError && (
            <Alert color="red" role="alert">
              {errors.formError}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('deals.form.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="payment-save">
              {t('deals.payment.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
