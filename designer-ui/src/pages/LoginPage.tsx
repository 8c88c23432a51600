import { Alert, Button, PasswordInput, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../forms/useServerErrors';
import { AuthLayout } from '../layout/AuthLayout';

const FIELDS = ['email', 'password'] as const;

interface LoginPageProps {
  onLogin: (email: string, password: string) => Promise<void>;
  notice?: 'setupAlreadyDone';
}

export function LoginPage({ onLogin, notice }: LoginPageProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useServerErrors(FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    errors.setError(null);
    try {
      await onLogin(email.trim(), password);
    } catch (error) {
      errors.setError(error);
      setBusy(false);
    }
  }

  return (
    <AuthLayout title={t('login.title')} subtitle={t('login.subtitle')}>
      {notice && (
        <Alert color="blue" data-testid="login-notice">
          {t(`login.${notice}`)}
        </Alert>
      )}
      <form onSubmit={submit} data-testid="login-form" noValidate>
        <TextInput
          label={t('login.email')}
          type="email"
          autoComplete="username"
          autoFocus
          value={email}
          onChange={(e) => {
            setEmail(e.currentTarget.value);
            errors.clearField('email');
          }}
          error={errors.byField.email}
          data-testid="login-email"
          mb="sm"
        />
        <PasswordInput
          label={t('login.password')}
          autoComplete="current-password"
          value={password}
          onChange={(e) => {
            setPassword(e.currentTarget.value);
            errors.clearField('password');
          }}
          error={errors.byField.password}
          data-testid="login-password"
          mb="md"
        />
        {errors.formError && (
          <Alert color="red" mb="md" role="alert" data-testid="login-error">
            {errors.formError}
          </Alert>
        )}
        <Button type="submit" fullWidth loading={busy} data-testid="login-submit">
          {t('login.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}
