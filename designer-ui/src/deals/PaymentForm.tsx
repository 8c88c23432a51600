import { Modal, Stack } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../api/client';
import { DateField } from '../dates/DateField';
import { FormFooter } from '../forms/FormFooter';
import { useServerErrors } from '../forms/useServerErrors';
import { useSubmit } from '../forms/useSubmit';
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
  const errors = useServerErrors(FIELDS);
  const idempotencyKey = useRef(newIdempotencyKey());

  const pay = () => invoicesApi.pay({ amount: toMinor(amount, invoice.currency), currency: invoice.currency, paidOn, invoiceId: invoice.id }, idempotencyKey.current);
  const { busy, submit } = useSubmit(pay, onSaved, errors.setError);

  return (
    <Modal opened onClose={onClose} title={t('deals.payment.title', { number: invoice.number })}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="payment-form">
        <Stack gap="sm">
          <MoneyFields amount={amount} currency={invoice.currency} onAmount={(v) => (setAmount(v), errors.clearField('amount'))} amountError={errors.byField.amount} testId="payment" />
          <DateField label={t('deals.payment.paidOn')} value={paidOn} onChange={(v) => (setPaidOn(v), errors.clearField('paidOn'))} error={errors.byField.paidOn} required data-testid="payment-paid-on" />
          <FormFooter error={errors.formError} cancelLabel={t('deals.form.cancel')} onCancel={onClose} submitLabel={t('deals.payment.save')} busy={busy} submitTestId="payment-save" />
        </Stack>
      </form>
    </Modal>
  );
}
