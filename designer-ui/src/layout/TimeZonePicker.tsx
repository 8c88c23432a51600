import { NativeSelect } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { User } from '../api/types';
import { browserTimeZone } from '../i18n/format';

/** Every zone this browser knows (IANA names), with the user's own first if the list lacks it. */
function zones(current: string): string[] {
  const known = Intl.supportedValuesOf('timeZone');
  return known.includes(current) ? known : [current, ...known];
}

/**
 * The zone the user reads times in, saved on the account: the UI shows times in it and the
 * server writes reminders, overdue notices and their e-mails in it.
 */
export function TimeZonePicker({ user, onSaved }: { user: User; onSaved: (user: User) => void }) {
  const { t } = useTranslation();
  const current = user.timeZone ?? browserTimeZone();
  const data = useMemo(() => zones(current), [current]);
  const [failed, setFailed] = useState(false);
  return (
    <NativeSelect
      label={t('user.timeZone')}
      size="xs"
      data={data}
      value={current}
      error={failed ? t('user.timeZoneNotSaved') : undefined}
      data-testid="time-zone"
      onChange={(event) => {
        const timeZone = event.currentTarget.value;
        setFailed(false);
        api.patch<User>('/auth/me', { timeZone }).then(onSaved, () => setFailed(true));
      }}
    />
  );
}
