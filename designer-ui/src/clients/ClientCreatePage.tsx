import { Alert, Button, Group, Paper, Title } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { newIdempotencyKey } from '../api/client';
import { useServerErrors } from '../forms/useServerErrors';
import { ClientFields } from './ClientFields';
import { clientsApi } from './clientsApi';
import { LikelyDuplicates } from './LikelyDuplicates';
import { draftFields, emptyDraft, inputOf, type Draft } from './draft';

/** A new client; the server checks the fields (tax id check digits, phone, e-mail) and names the wrong ones. */
export function ClientCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [busy, setBusy] = useState(false);
  const errors = useServerErrors(draftFields);
  // One key per form: a double click or a retry after a lost answer creates one client, not two.
  const idempotencyKey = useRef(newIdempotencyKey());

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    errors.setError(null);
    try {
      const created = await clientsApi.create(inputOf(draft), idempotencyKey.current);
      void navigate(`/clients/${created.id}`);
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="lg" maw={820} data-testid="client-create">
      <Title order={1} size="h3" mb="md">
        {t('clients.create.title')}
      </Title>
      <form onSubmit={submit} noValidate data-testid="client-form">
        <ClientFields
          draft={draft}
          errors={errors.byField}
          autoFocus
          onChange={(patch, field) => {
            setDraft((d) => ({ ...d, ...patch }));
            errors.clearField(field);
          }}
        />
        <LikelyDuplicates draft={draft} />
        {errors.formError && (
          <Alert color="red" mt="md" role="alert" data-testid="client-form-error">
            {errors.formError}
          </Alert>
        )}
        <Group mt="lg">
          <Button type="submit" loading={busy} data-testid="client-save">
            {t('clients.create.submit')}
          </Button>
          <Button variant="default" component={Link} to="/clients">
            {t('clients.cancel')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
