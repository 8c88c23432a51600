import { ActionIcon, Button, Checkbox, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../api/client';
import { DateField } from '../dates/DateField';
import { FormFooter } from '../forms/FormFooter';
import { useServerErrors } from '../forms/useServerErrors';
import { useSubmit } from '../forms/useSubmit';
import { CurrencySelect, toMinor } from '../sales/MoneyFields';
import { ProductPicker } from '../sales/ProductPicker';
import type { Deal } from './api';
import { invoicesApi, type NewInvoice } from './invoicesApi';

const FIELDS = ['buyerName', 'dueDate', 'lines', 'currency'] as const;

/** A line: a catalogue product (priced by the server from the price lists unless a price is typed) or a service named by hand. */
interface Line {
  productId: number | null;
  name: string;
  qty: number | string;
  price: number | string;
}

const lineOf = (l: Line, currency: string): NewInvoice['lines'][number] => ({
  ...(l.productId ? { productId: l.productId } : { name: l.name.trim() }),
  qty: Number(l.qty),
  ...(l.price !== '' ? { unitPrice: toMinor(l.price, currency) } : {}),
});

/**
 * An invoice for the deal: its products as lines (more can be added, or services by name), the
 * buyer as the client is called, and the due date (empty: 14 days after issue). Issued at once
 * unless kept as a draft, so the number the Sales process asks for exists when it is saved.
 */
export function InvoiceForm({ deal, buyerName, onClose, onSaved }: { deal: Deal; buyerName: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [buyer, setBuyer] = useState(buyerName);
  const [currency, setCurrency] = useState(deal.currency);
  const [dueDate, setDueDate] = useState('');
  const [issue, setIssue] = useState(true);
  const [lines, setLines] = useState<Line[]>(deal.products.length ? deal.products.map((p) => ({ productId: p.productId, name: '', qty: p.qty, price: '' })) : [{ productId: null, name: deal.title, qty: 1, price: '' }]);
  const errors = useServerErrors(FIELDS);
  const idempotencyKey = useRef(newIdempotencyKey());
  const setLine = (i: number, patch: Partial<Line>) => setLines((ls) => ls.map((l, n) => (n === i ? { ...l, ...patch } : l)));

  const save = async () => {
    const draft = await invoicesApi.create(
      { currency, buyerName: buyer.trim() || undefined, dueDate: dueDate || null, lines: lines.map((l) => lineOf(l, currency)), record: { type: 'deal', id: String(deal.id) }, counterpartyId: deal.counterpartyId },
      idempotencyKey.current,
    );
    if (issue) await invoicesApi.issue(draft);
  };
  const { busy, submit } = useSubmit(save, onSaved, errors.setError);

  return (
    <Modal opened onClose={onClose} title={t('deals.invoice.newTitle')} size="xl">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="invoice-form">
        <Stack gap="sm">
          <TextInput label={t('deals.invoice.buyer')} value={buyer} onChange={(e) => (setBuyer(e.currentTarget.value), errors.clearField('buyerName'))} error={errors.byField.buyerName} data-autofocus data-testid="invoice-buyer" />
          <Text size="sm" fw={500}>
            {t('deals.invoice.lines')}
          </Text>
          {lines.map((line, i) => (
            <Group key={i} align="flex-end" wrap="nowrap" data-testid="invoice-line">
              <div style={{ flex: 2 }}>
                <ProductPicker label={t('deals.invoice.product')} value={line.productId} onChange={(productId) => setLine(i, { productId })} required={false} testId={`invoice-product-${i}`} />
              </div>
              {!line.productId && (
                <TextInput style={{ flex: 2 }} label={t('deals.invoice.service')} value={line.name} onChange={(e) => setLine(i, { name: e.currentTarget.value })} data-testid={`invoice-name-${i}`} />
              )}
              <NumberInput label={t('deals.invoice.qty')} value={line.qty} onChange={(qty) => setLine(i, { qty })} min={0.001} decimalScale={3} w={100} data-testid={`invoice-qty-${i}`} />
              <NumberInput label={t('deals.invoice.unitPrice')} placeholder={line.productId ? t('deals.invoice.priceList') : ''} value={line.price} onChange={(price) => setLine(i, { price })} min={0} decimalScale={2} thousandSeparator=" " w={150} data-testid={`invoice-price-${i}`} />
              <ActionIcon variant="subtle" color="red" size="lg" mb={4} disabled={lines.length === 1} onClick={() => setLines((ls) => ls.filter((_, n) => n !== i))} aria-label={t('deals.invoice.removeLine')}>
                ×
              </ActionIcon>
            </Group>
          ))}
          {errors.byField.lines && (
            <Text size="sm" c="red" data-testid="invoice-lines-error">
              {errors.byField.lines}
            </Text>
          )}
          <Group>
            <Button variant="light" size="xs" onClick={() => setLines((ls) => [...ls, { productId: null, name: '', qty: 1, price: '' }])} data-testid="invoice-add-line">
              {t('deals.invoice.addLine')}
            </Button>
          </Group>
          <Group grow align="flex-start">
            <CurrencySelect value={currency} onChange={(v) => (setCurrency(v), errors.clearField('currency'))} error={errors.byField.currency} testId="invoice-currency" />
            <DateField label={t('deals.invoice.dueDate')} description={t('deals.invoice.dueHint')} value={dueDate} onChange={setDueDate} error={errors.byField.dueDate} clearable data-testid="invoice-due" />
          </Group>
          <Checkbox label={t('deals.invoice.issueNow')} checked={issue} onChange={(e) => setIssue(e.currentTarget.checked)} data-testid="invoice-issue-now" />
          <FormFooter error={errors.formError} cancelLabel={t('deals.form.cancel')} onCancel={onClose} submitLabel={issue ? t('deals.invoice.createAndIssue') : t('deals.invoice.saveDraft')} busy={busy} submitTestId="invoice-save" />
        </Stack>
      </form>
    </Modal>
  );
}
