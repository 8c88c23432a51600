import { Alert, Button, Modal, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, newIdempotencyKey } from '../api/client';
import { DateField } from '../dates/DateField';
import { FormFooter } from '../forms/FormFooter';
import { useServerErrors } from '../forms/useServerErrors';
import { useSubmit } from '../forms/useSubmit';
import { ClientPicker } from '../pickers/ClientPicker';
import { processName } from '../processes/processName';
import { fromMinor, MoneyFields, toMinor } from '../sales/MoneyFields';
import { UserPicker } from '../users/UserPicker';
import { createDeal, dealProcesses, updateDeal, type Deal, type NewDeal } from './api';

const FIELDS = ['title', 'counterpartyId', 'amount', 'currency', 'expectedCloseDate', 'responsibleId', 'competitors', 'processKey'] as const;

interface Props {
  /** The deal to change; absent, a new one is made. */
  deal?: Deal;
  /** A new deal's client, when it is made from the client's card. */
  clientId?: number | null;
  userId: number;
  onClose: () => void;
  onSaved: (deal: Deal) => void;
  /** Fetches the deal as it is now, after someone else changed it meanwhile. */
  onReload?: () => void;
}

/**
 * A new deal (title, client, amount, expected close, responsible, which process it runs) or a
 * change to one. A change is sent with the version it was made on: when a colleague saved the
 * deal meanwhile the form says so and keeps what was typed until the user reloads theirs.
 */
export function DealForm({ deal, clientId = null, userId, onClose, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(deal?.title ?? '');
  const [counterpartyId, setCounterpartyId] = useState<number | null>(deal?.counterpartyId ?? clientId);
  const [currency, setCurrency] = useState(deal?.currency ?? 'UAH');
  const [amount, setAmount] = useState<number | string>(deal ? fromMinor(deal.amount, deal.currency) : '');
  const [closeBy, setCloseBy] = useState(deal?.expectedCloseDate ?? '');
  const [responsibleId, setResponsibleId] = useState<number | null>(deal ? deal.responsibleId : userId);
  const [competitors, setCompetitors] = useState<string[]>(deal?.competitors ?? []);
  const [processKey, setProcessKey] = useState<string>('sales-pipeline');
  const errors = useServerErrors(FIELDS);
  // One key per opened form: a double click or a retry after a lost answer makes one deal.
  const idempotencyKey = useRef(newIdempotencyKey());
  const stale = errors.error instanceof ApiError && errors.error.status === 412;

  const save = () => {
    const fields = { title: title.trim(), amount: toMinor(amount, currency), currency, expectedCloseDate: closeBy || null, responsibleId, competitors };
    if (deal) return updateDeal(deal, fields);
    // No client chosen is sent as none, so the server says it is required (not "too small").
    return createDeal({ ...fields, ...(counterpartyId ? { counterpartyId } : {}), processKey, expectedCloseDate: closeBy || undefined, responsibleId: responsibleId ?? undefined } as NewDeal, idempotencyKey.current);
  };
  const { busy, submit } = useSubmit(save, onSaved, errors.setError);

  return (
    <Modal opened onClose={onClose} title={deal ? t('deals.form.editTitle') : t('deals.form.newTitle')} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="deal-form">
        <Stack gap="sm">
          <TextInput label={t('deals.form.title')} value={title} onChange={(e) => (setTitle(e.currentTarget.value), errors.clearField('title'))} error={errors.byField.title} required data-autofocus data-testid="deal-form-title" />
          {!deal && (
            <ClientPicker label={t('deals.client')} value={counterpartyId} onChange={(v) => (setCounterpartyId(v), errors.clearField('counterpartyId'))} error={errors.byField.counterpartyId} required data-testid="deal-form-client" />
          )}
          <MoneyFields amount={amount} currency={currency} onAmount={(v) => (setAmount(v), errors.clearField('amount'))} onCurrency={setCurrency} amountError={errors.byField.amount} currencyError={errors.byField.currency} testId="deal-form" />
          <DateField label={t('deals.columns.closeBy')} value={closeBy} onChange={(v) => (setCloseBy(v), errors.clearField('expectedCloseDate'))} error={errors.byField.expectedCloseDate} clearable data-testid="deal-form-close-by" />
          <UserPicker label={t('deals.responsible')} value={responsibleId ?? undefined} onChange={(v) => setResponsibleId(v ?? null)} w="100%" data-testid="deal-form-responsible" />
          <TagsInput label={t('deals.competitors')} description={t('deals.form.competitorsHint')} value={competitors} onChange={setCompetitors} error={errors.byField.competitors} data-testid="deal-form-competitors" />
          {!deal && (
            <Select
              label={t('deals.process')}
              description={t('deals.form.processHint')}
              data={dealProcesses.map((key) => ({ value: key, label: processName(t, key, null) }))}
              value={processKey}
              onChange={(v) => setProcessKey(v ?? 'sales-pipeline')}
              allowDeselect={false}
              error={errors.byField.processKey}
              data-testid="deal-form-process"
            />
          )}
          {stale && (
            <Alert color="yellow" role="alert" data-testid="deal-form-stale">
              {t('deals.form.stale')}{' '}
              {onReload && (
                <Button size="xs" variant="light" onClick={onReload} data-testid="deal-form-reload">
                  {t('deals.form.reload')}
                </Button>
              )}
            </Alert>
          )}
          <FormFooter error={stale ? null : errors.formError} cancelLabel={t('deals.form.cancel')} onCancel={onClose} submitLabel={deal ? t('deals.form.save') : t('deals.form.create')} busy={busy} submitTestId="deal-form-save" />
        </Stack>
      </form>
    </Modal>
  );
}
