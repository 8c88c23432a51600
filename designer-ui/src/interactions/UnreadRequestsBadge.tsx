import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUnreadRequests } from './useUnreadRequests';

/** The menu's count of incoming requests waiting unread for me; nothing when there are none. */
export function UnreadRequestsBadge() {
  const { t } = useTranslation();
  const count = useUnreadRequests();
  if (count === 0) return null;
  return (
    <Badge size="sm" color="red" circle={count < 10} aria-label={t('requests.unreadCount', { count })} data-testid="requests-unread-badge">
      {count}
    </Badge>
  );
}
