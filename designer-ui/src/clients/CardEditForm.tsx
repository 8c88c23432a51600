import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useServerErrors } from '../forms/useServerErrors';
import { ClientFields } from './ClientFields';
import { clientsApi } from './clientsApi';
import { changesOf, draftFields, draftOf, type Draft } from './draft';
import type { Counterparty } from './types';
import { showValue } from './values';

interface Props {
  client: Counterparty;
  onSaved: (client: Counterparty) => void;
  onCancel: () => void;
}

/**
 * Edits the fields the user read (If-Match with their version). When someone else saved in between,
 * the server answers 412 with the current record: the user sees what changed and may reapply their edits on it.
 */
export function CardEditForm({ client, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [base, setBase] = useState(client);
  const [draft, setDraft] = useState<Draft>(() => draftOf(client));
  const [conflict, setConflict] = useState<Counterparty | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = useServerErrors(draftFields);

  async function save(on: Counterparty, edited: Draft = draft) {
    setBusy(true);
    errors.setError(null);
    try {
      const patch = changesOf(edited, on);
      onSaved(Object.keys(patch).length === 0 ? on : await clientsApi.update(on.id, on.lockVersion, patch));
    } catch (err) {
      if (err instanceof ApiError && err.status === 412 && err.problem.current) setConflict(err.problem.current as Counterparty);
      else errors.setError(err);
    } finally {
      setBusy(false);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(base);
  };
  /** The user's own edits (what differs from what they read) laid over the current record. */
  const reapply = () => {
    if (!conflict) return;
    const read = draftOf(base);
    const rebased = { ...draftOf(conflict) } as Record<keyof Draft, unknown>;
    for (const key of Object.keys(draft) as (keyof Draft)[]) {
      if (JSON.stringify(draft[key]) !== JSON.stringify(read[key])) rebased[key] = draft[key];
    }
    setBase(conflict);
    setDraft(rebased as Draft);
    setConflict(null);
    void save(conflict, rebased as Draft);
  };
  const discard = () => {
    if (!conflict) return;
    setBase(conflict);
    setDraft(draftOf(conflict));
    setConflict(null);
  };

  const mine = Object.keys(changesOf(draft, base));
  const theirs = conflict ? (Object.entries(changesOf(draftOf(conflict), base)) as [string, unknown][]) : [];

  return (
    <form onSubmit={submit} noValidate data-testid="client-edit-form">
      {conflict && (
        <Alert color="orange" mb="md" title={t('clients.conflict.title')} data-testid="client-conflict">
          <Text size="sm" mb="xs">
            {t('clients.conflict.text')}
          </Text>
          <List size="sm" mb="sm">
            {theirs.map(([field, value]) => (
              <List.Item key={field}>
                {t(`clients.field.${field}`)}: <b>{showValue(value)}</b>
                {mine.includes(field) && ` — ${t('clients.conflict.yours', { value: showValue((changesOf(draft, base) as Record<string, unknown>)[field]) })}`}
              </List.Item>
            ))}
          </List>
          <Group>
            <Button size="xs" onClick={reapply} data-testid="conflict-reapply">
              {t('clients.conflict.reapply')}
            </Button>
            <Button size="xs" variant="default" onClick={discard} data-testid="conflict-discard">
              {t('clients.conflict.discard')}
            </Button>
          </Group>
        </Alert>
      )}
      <ClientFields
        draft={draft}
        errors={errors.byField}
        autoFocus
        onChange={(patch, field) => {
          setDraft((d) => ({ ...d, ...patch }));
          errors.clearField(field);
        }}
      />
      {errors.formError && (
        <Alert color="red" mt="md" role="alert" data-testid="client-form-error">
          {errors.formError}
        </Alert>
      )}
      <Group mt="lg">
        <Button type="submit" loading={busy} disabled={conflict !== null} data-testid="client-save">
          {t('clients.save')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('clients.cancel')}
        </Button>
      </Group>
    </form>
  );
}
