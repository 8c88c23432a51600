import { Alert, Button, Group, List, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, newIdempotencyKey } from '../api/client';
import { useServerErrors } from '../forms/useServerErrors';
import { catalogueApi, contractsApi, type Contract, type ContractInput, type SalesDocument } from './api';
import { formatDay, localToday } from './dates';
import { DealPicker } from '../pickers/DealPicker';
import { DateField } from '../dates/DateField';

interface Props {
  /** The contract to edit; absent: a new one. */
  contract?: Contract;
  /** A new contract of this deal (the deal page); else the user picks a deal. */
  dealId?: number;
  onClose: () => void;
  onSaved: (c: Contract) => void;
}

interface Draft {
  number: string;
  subject: string;
  dealId: number | null;
  documentId: number | null;
  validFrom: string;
  validTo: string;
  remindDaysBefore: number | string;
}

const fields = ['number', 'subject', 'dealId', 'documentId', 'validFrom', 'validTo', 'remindDaysBefore'] as const;
type Editable = Exclude<(typeof fields)[number], 'dealId'>;
const editable: Editable[] = ['number', 'subject', 'documentId', 'validFrom', 'validTo', 'remindDaysBefore'];

const draftOf = (c?: Contract, dealId?: number): Draft => ({
  number: c?.number ?? '',
  subject: c?.subject ?? '',
  dealId: c?.dealId ?? dealId ?? null,
  documentId: c?.documentId ?? null,
  validFrom: c?.validFrom ?? localToday(),
  validTo: c?.validTo ?? '',
  remindDaysBefore: c?.remindDaysBefore ?? 30,
});

/** The draft as the API's fields (empty texts are nulls). */
const valuesOf = (d: Draft): Record<Editable, unknown> => ({
  number: d.number.trim(),
  subject: d.subject.trim() || null,
  documentId: d.documentId,
  validFrom: d.validFrom,
  validTo: d.validTo || null,
  remindDaysBefore: d.remindDaysBefore === '' ? 30 : Number(d.remindDaysBefore),
});

/** Fields of `d` that differ from the contract `c`. */
function changes(d: Draft, c: Contract): ContractInput {
  const now = valuesOf(d);
  const before = valuesOf(draftOf(c));
  return Object.fromEntries(editable.filter((k) => JSON.stringify(now[k]) !== JSON.stringify(before[k])).map((k) => [k, now[k]])) as ContractInput;
}

/**
 * Registers or edits a contract. Editing sends the version the user read (If-Match); when someone
 * saved in between the server answers 412 with the current contract, and the user may lay their
 * own changes over it or take theirs.
 */
export function ContractForm({ contract, dealId, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const [base, setBase] = useState(contract);
  const [draft, setDraft] = useState(() => draftOf(contract, dealId));
  const [conflict, setConflict] = useState<Contract | null>(null);
  const [documents, setDocuments] = useState<SalesDocument[]>([]);
  const [busy, setBusy] = useState(false);
  const [key] = useState(newIdempotencyKey);
  const errors = useServerErrors(fields);
  const set = (patch: Partial<Draft>, field: (typeof fields)[number]) => {
    setDraft((d) => ({ ...d, ...patch }));
    errors.clearField(field);
  };

  useEffect(() => {
    if (!draft.dealId) return setDocuments([]);
    catalogueApi.contractDocuments(draft.dealId).then((p) => setDocuments(p.items), () => setDocuments([]));
  }, [draft.dealId]);

  async function save(on: Contract | undefined, edited: Draft) {
    setBusy(true);
    errors.setError(null);
    try {
      if (on) {
        const patch = changes(edited, on);
        onSaved(Object.keys(patch).length ? await contractsApi.update(on, patch) : on);
      } else {
        const v = valuesOf(edited);
        const body: ContractInput = { ...(v as ContractInput), number: (v.number as string) || undefined, dealId: edited.dealId ?? undefined, documentId: edited.documentId ?? undefined };
        onSaved(await contractsApi.create(body, key));
      }
    } catch (err) {
      if (err instanceof ApiError && err.status === 412 && err.problem.current) setConflict(err.problem.current as Contract);
      else errors.setError(err);
    } finally {
      setBusy(false);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(base, draft);
  };
  /** The user's edits (what differs from what they read) laid over the current contract, and saved. */
  const reapply = () => {
    if (!conflict || !base) return;
    const mine = changes(draft, base) as Record<string, unknown>;
    const rebased = { ...draftOf(conflict) } as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(mine)) rebased[k] = k === 'validTo' || k === 'subject' ? (v ?? '') : v;
    setBase(conflict);
    setDraft(rebased as unknown as Draft);
    setConflict(null);
    void save(conflict, rebased as unknown as Draft);
  };
  const discard = () => {
    if (!conflict) return;
    setBase(conflict);
    setDraft(draftOf(conflict));
    setConflict(null);
  };
  const theirs = conflict && base ? Object.entries(changes(draftOf(conflict), base)) : [];
  const show = (field: string, v: unknown) => (v === null || v === '' ? '—' : field.startsWith('valid') ? formatDay(String(v), i18n.language) : String(v));

  return (
    <Modal opened onClose={onClose} title={contract ? t('sales.contracts.edit', { number: contract.number }) : t('sales.contracts.new')} size="lg">
      <form onSubmit={submit} noValidate data-testid="contract-form">
        <Stack gap="sm">
          {conflict && (
            <Alert color="orange" title={t('sales.conflict.title')} data-testid="contract-conflict">
              <Text size="sm" mb="xs">
                {t('sales.conflict.text')}
              </Text>
              <List size="sm" mb="sm">
                {theirs.map(([field, value]) => (
                  <List.Item key={field}>
                    {t(`sales.contracts.fields.${field}`)}: <b>{show(field, value)}</b>
                  </List.Item>
                ))}
              </List>
              <Group>
                <Button size="xs" onClick={reapply} data-testid="conflict-reapply">
                  {t('sales.conflict.reapply')}
                </Button>
                <Button size="xs" variant="default" onClick={discard} data-testid="conflict-discard">
                  {t('sales.conflict.discard')}
                </Button>
              </Group>
            </Alert>
          )}
          {!contract && dealId === undefined && (
            <DealPicker label={t('sales.deal')} value={draft.dealId} onChange={(v) => set({ dealId: v, documentId: null }, 'dealId')} error={errors.byField.dealId} required data-autofocus data-testid="contract-deal" />
          )}
          <SimpleGrid cols={2}>
            <TextInput label={t('sales.contracts.fields.number')} description={t('sales.contracts.numberHint')} value={draft.number} onChange={(e) => set({ number: e.currentTarget.value }, 'number')} error={errors.byField.number} data-testid="contract-number" />
            <Select label={t('sales.contracts.fields.documentId')} data={documents.map((d) => ({ value: String(d.id), label: d.number }))} value={draft.documentId ? String(draft.documentId) : null} onChange={(v) => set({ documentId: v ? Number(v) : null }, 'documentId')} error={errors.byField.documentId} placeholder={documents.length ? undefined : t('sales.contracts.noDocuments')} disabled={!documents.length} clearable data-testid="contract-document" />
          </SimpleGrid>
          <TextInput label={t('sales.contracts.fields.subject')} value={draft.subject} onChange={(e) => set({ subject: e.currentTarget.value }, 'subject')} error={errors.byField.subject} data-testid="contract-subject" />
          <SimpleGrid cols={3}>
            <DateField label={t('sales.contracts.fields.validFrom')} value={draft.validFrom} onChange={(value) => set({ validFrom: value }, 'validFrom')} error={errors.byField.validFrom} required data-testid="contract-valid-from" />
            <DateField label={t('sales.contracts.fields.validTo')} description={t('sales.contracts.emptyOpenEnded')} value={draft.validTo} onChange={(value) => set({ validTo: value }, 'validTo')} error={errors.byField.validTo} data-testid="contract-valid-to" />
            <NumberInput label={t('sales.contracts.fields.remindDaysBefore')} value={draft.remindDaysBefore} onChange={(v) => set({ remindDaysBefore: v }, 'remindDaysBefore')} error={errors.byField.remindDaysBefore} min={0} max={365} allowDecimal={false} data-testid="contract-remind" />
          </SimpleGrid>
          {errors.formError && (
            <Alert color="red" role="alert" data-testid="contract-form-error">
              {errors.formError}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('sales.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={conflict !== null} data-testid="contract-save">
              {t('sales.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
