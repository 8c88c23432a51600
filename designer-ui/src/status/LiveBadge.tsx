import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLiveConnection } from './useLiveConnection';

/** "Live" while the real-time connection to the server is up. */
export function LiveBadge() {
  const { t } = useTranslation();
  const live = useLiveConnection();
  return (
    <Tooltip label={t(live ? 'live.onHint' : 'live.offHint')}>
      <Badge
        color={live ? 'green' : 'gray'}
        variant={live ? 'filled' : 'outline'}
        data-testid="live-badge"
        data-live={live ? 'true' : 'false'}
        tabIndex={0}
        style={{ flexShrink: 0 }}
      >
        {t(live ? 'live.on' : 'live.off')}
      </Badge>
    </Tooltip>
  );
}
