import { Alert, Button, PasswordInput, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SetupInput } from '../auth/useSession';
import { bindText } from '../forms/bindText';
import { useServerErrors } from '../forms/useServerErrors';
import { AuthLayout } from '../layout/AuthLayout';

const FIELDS = ['email', 'displayName', 'password'] as const;

/** First run: creates the administrator account and logs it in. */
export function SetupPage({ onSetup }: { onSetup: (input: SetupInput) => Promise<void> }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<SetupInput>({ email: '', displayName: '', password: '' });
  const [busy, setBusy] = useState(false);
  const errors = useServerErrors(FIELDS);

  function field(name: keyof SetupInput) {
    return bindText(form, setForm, errors, name);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    errors.setError(null);
    try {
      await onSetup({ ...form, email: form.email.trim(), displayName: form.displayName.trim() });
    } catch (error) {
      errors.setError(error);
      setBusy(false);
    }
  }

  return (
    <AuthLayout title={t('setup.title')} subtitle={t('setup.subtitle')}>
      <form onSubmit={submit} data-testid="setup-form" noValidate>
        <TextInput
          label={t('setup.displayName')}
          autoComplete="name"
          autoFocus
          withAsterisk
          data-testid="setup-display-name"
          mb="sm"
          {...field('displayName')}
        />
        <TextInput
          label={t('setup.email')}
          type="email"
          autoComplete="username"
          withAsterisk
          data-testid="setup-email"
          mb="sm"
          {...field('email')}
        />
        <PasswordInput
          label={t('setup.password')}
          description={t('setup.passwordHint')}
          autoComplete="new-password"
          withAsterisk
          data-testid="setup-password"
          mb="md"
          {...field('password')}
        />
        {errors.formError && (
          <Alert color="red" mb="md" role="alert" data-testid="setup-error">
            {errors.formError}
          </Alert>
        )}
        <Button type="submit" fullWidth loading={busy} data-testid="setup-submit">
          {t('setup.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}
