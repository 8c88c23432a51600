import { Alert, Button, Group, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../forms/useServerErrors';
import { createTeam } from './teamsApi';
import type { Account } from './usersApi';
import { HeadOfSalesSelect } from './TeamChoices';

const FIELDS = ['name', 'headId'] as const;

/** A new team: its name and, optionally, its head of sales. */
export function NewTeamForm({ people, onCreated }: { people: Account[]; onCreated: (id: number) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [headId, setHeadId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = useServerErrors(FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    errors.setError(null);
    try {
      const team = await createTeam(name.trim(), headId ? Number(headId) : null);
      setName('');
      setHeadId(null);
      onCreated(team.id);
    } catch (err) {
      errors.setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate data-testid="new-team-form">
      <Title order={2} size="h5" mb="sm">
        {t('teams.newTitle')}
      </Title>
      <Group align="flex-start" gap="sm">
        <TextInput
          label={t('teams.name')}
          withAsterisk
          value={name}
          error={errors.byField.name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            errors.clearField('name');
          }}
          data-testid="new-team-name"
        />
        <HeadOfSalesSelect options={people} value={headId} error={errors.byField.headId} onChange={setHeadId} data-testid="new-team-head" />
        <Button type="submit" mt={25} loading={busy} data-testid="new-team-submit">
          {t('teams.create')}
        </Button>
      </Group>
      {errors.formError && (
        <Alert color="red" role="alert" mt="sm" data-testid="new-team-error">
          {errors.formError}
        </Alert>
      )}
    </form>
  );
}
