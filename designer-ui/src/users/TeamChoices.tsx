import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Account, Team } from './usersApi';

interface Choice<T> {
  options: T[];
  value: string | null;
  error?: string;
  onChange: (value: string | null) => void;
  w?: number;
  'data-testid': string;
}

/** The sales team a user belongs to; clearing it leaves them in no team. */
export function TeamSelect({ options, value, error, onChange, w, 'data-testid': testId }: Choice<Team>) {
  const { t } = useTranslation();
  const data = options.map((team) => ({ value: String(team.id), label: team.name }));
  return <Select label={t('users.team')} placeholder={t('users.noTeam')} clearable data={data} value={value} error={error} onChange={onChange} w={w} data-testid={testId} />;
}

/** The colleague who heads a team, found by typing their name; a team may have no head. */
export function HeadOfSalesSelect({ options, value, error, onChange, w, 'data-testid': testId }: Choice<Account>) {
  const { t } = useTranslation();
  const data = options.map((person) => ({ value: String(person.id), label: person.displayName }));
  return <Select label={t('teams.head')} placeholder={t('teams.noHead')} clearable searchable data={data} value={value} error={error} onChange={onChange} w={w} data-testid={testId} />;
}
