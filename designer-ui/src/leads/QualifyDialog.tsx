import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { dealProcesses } from '../deals/api';
import { FormFooter } from '../forms/FormFooter';
import { useServerErrors } from '../forms/useServerErrors';
import { MoneyFields, toMinor } from '../sales/MoneyFields';
import { leadName, leadsApi, type Lead, type Qualified } from './api';

const FIELDS = ['deal', 'counterpartyId'] as const;

/** A client the server found that may be this lead's: by tax id, phone or e-mail; another manager's is not named. */
interface Candidate {
  counterpartyId: number;
  matchedBy: string[];
  name?: string;
}

const candidatesOf = (err: unknown): Candidate[] =>
  err instanceof ApiError && err.code === 'lead.possible_duplicate' ? err.errors.map((e) => e.params as unknown as Candidate) : [];

/**
 * Qualifying a lead: it becomes a client (or joins one that exists) and a deal running the chosen
 * sales process. When the server finds the client may already exist, the user picks it or
 * confirms a new one, instead of the base getting a twin.
 */
export function QualifyDialog({ lead, onClose, onQualified }: { lead: Lead; onClose: () => void; onQualified: (result: Qualified) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(lead.interest ?? '');
  const [processKey, setProcessKey] = useState<string>('sales-pipeline');
  const [amount, setAmount] = useState<number | string>('');
  const [currency, setCurrency] = useState('UAH');
  const [busy, setBusy] = useState(false);
  const errors = useServerErrors(FIELDS);
  const candidates = candidatesOf(errors.error);

  async function qualify(client: { counterpartyId?: number; createCounterparty?: boolean }) {
    setBusy(true);
    errors.setError(null);
    const deal = { processKey, currency, amount: toMinor(amount, currency), ...(title.trim() ? { title: title.trim() } : {}) };
    try {
      onQualified(await leadsApi.qualify(lead, { ...client, deal }));
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }
  const submit = (event: FormEvent) => (event.preventDefault(), void qualify({}));

  return (
    <Modal opened onClose={onClose} title={t('leads.qualify.title', { name: leadName(lead) })} size="lg">
      <form onSubmit={submit} noValidate data-testid="qualify-form">
        <Stack gap="sm">
          <TextInput label={t('leads.qualify.dealTitle')} placeholder={t('leads.qualify.dealTitleHint', { name: leadName(lead) })} value={title} onChange={(e) => setTitle(e.currentTarget.value)} data-autofocus data-testid="qualify-title" />
          <Select
            label={t('deals.process')}
            data={dealProcesses.map((key) => ({ value: key, label: t(`deals.processes.${key}`) }))}
            value={processKey}
            onChange={(v) => setProcessKey(v ?? 'sales-pipeline')}
            allowDeselect={false}
            data-testid="qualify-process"
          />
          <MoneyFields amount={amount} currency={currency} onAmount={setAmount} onCurrency={setCurrency} testId="qualify" />
          {candidates.length > 0 ? (
            <Alert color="yellow" title={t('leads.qualify.maybeExists')} data-testid="qualify-duplicates">
              <Stack gap="xs">
                {candidates.map((c) => (
                  <Group key={c.counterpartyId} justify="space-between" wrap="nowrap">
                    <Text size="sm">
                      {c.name ?? t('leads.qualify.othersClient')} · {t('leads.qualify.matchedBy', { fields: c.matchedBy.map((f) => t(`leads.match.${f}`, { defaultValue: f })).join(', ') })}
                    </Text>
                    {c.name && (
                      <Button size="xs" variant="light" loading={busy} onClick={() => void qualify({ counterpartyId: c.counterpartyId })} data-testid={`qualify-use-${c.counterpartyId}`}>
                        {t('leads.qualify.useClient')}
                      </Button>
                    )}
                  </Group>
                ))}
                <Group justify="flex-end">
                  <Button size="xs" variant="default" loading={busy} onClick={() => void qualify({ createCounterparty: true })} data-testid="qualify-create-client">
                    {t('leads.qualify.createClient')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ) : null}
          <FormFooter
            error={candidates.length ? null : errors.formError}
            cancelLabel={t('leads.cancel')}
            onCancel={onClose}
            submitLabel={t('leads.qualify.submit')}
            busy={busy}
            submitDisabled={candidates.length > 0}
            submitTestId="qualify-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
