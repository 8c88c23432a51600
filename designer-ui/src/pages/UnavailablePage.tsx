import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import { AuthLayout } from '../layout/AuthLayout';

/** Shown when the server cannot be asked who is logged in: says why and offers to try again. */
export function UnavailablePage({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <AuthLayout title={t('app.loadErrorTitle')}>
      <Alert color="red" role="alert" data-testid="app-error">
        {describeError(t, error)}
      </Alert>
      <Button onClick={onRetry} autoFocus data-testid="app-retry">
        {t('app.retry')}
      </Button>
    </AuthLayout>
  );
}
