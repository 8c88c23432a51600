import { Alert, Button, Checkbox, Group, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { bindText } from '../forms/bindText';
import { useServerErrors } from '../forms/useServerErrors';
import { createUser, roleCodes, type Colleague, type Team } from './usersApi';
import { TeamSelect } from './TeamChoices';

const FIELDS = ['email', 'displayName', 'password', 'roleCodes', 'teamId'] as const;
const empty = { displayName: '', email: '', password: '', roleCodes: ['sales_manager'], teamId: null as string | null };

/** An administrator gives a colleague an account: name, e-mail, first password, roles, sales team. */
export function NewUserForm({ teams, onCreated }: { teams: Team[]; onCreated: (user: Colleague) => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(empty);
  const [busy, setBusy] = useState(false);
  const errors = useServerErrors(FIELDS);

  function text(name: 'displayName' | 'email' | 'password') {
    return bindText(form, setForm, errors, name);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    errors.setError(null);
    try {
      const created = await createUser({
        displayName: form.displayName.trim(),
        email: form.email.trim(),
        password: form.password,
        roleCodes: form.roleCodes,
        teamId: form.teamId ? Number(form.teamId) : null,
      });
      setForm(empty);
      onCreated(created);
    } catch (error) {
      errors.setError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate data-testid="new-user-form">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('users.displayName')} autoComplete="off" withAsterisk data-testid="new-user-name" {...text('displayName')} />
          <TextInput label={t('users.email')} type="email" autoComplete="off" withAsterisk data-testid="new-user-email" {...text('email')} />
          <PasswordInput
            label={t('users.password')}
            description={t('users.passwordHint')}
            autoComplete="new-password"
            withAsterisk
            data-testid="new-user-password"
            {...text('password')}
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t('users.roles')}
          withAsterisk
          value={form.roleCodes}
          error={errors.byField.roleCodes && t('users.pickRole')}
          onChange={(value) => {
            setForm((f) => ({ ...f, roleCodes: value }));
            errors.clearField('roleCodes');
          }}
        >
          <Group gap="md" mt={6}>
            {roleCodes.map((code) => (
              <Checkbox key={code} value={code} label={t(`roleNames.${code}`)} data-testid={`new-user-role-${code}`} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group align="flex-end" justify="space-between">
          <TeamSelect options={teams} value={form.teamId} error={errors.byField.teamId} onChange={(teamId) => setForm((f) => ({ ...f, teamId }))} w={260} data-testid="new-user-team" />
          <Button type="submit" loading={busy} data-testid="new-user-submit">
            {t('users.create')}
          </Button>
        </Group>
        {errors.formError && (
          <Alert color="red" role="alert" data-testid="new-user-error">
            {errors.formError}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
