import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Active or deactivated, at a glance. */
export function AccountStatus({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={active ? 'green' : 'gray'} variant="light" data-testid="account-status">
      {t(active ? 'users.active' : 'users.deactivated')}
    </Badge>
  );
}
